namespace Bot.Host.Configuration;

/// <summary>The data folder (SQLite file, catalogue, mail drop, keys). `DataDir`, default ./data.</summary>
public sealed class DataDirectory(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public static DataDirectory From(IConfiguration configuration)
    {
        var configured = configuration["DataDir"];
        return new DataDirectory(string.IsNullOrWhiteSpace(configured) ? "data" : configured);
    }
}
