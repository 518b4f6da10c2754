namespace Bot.Host.Configuration;

/// <summary>`Storage` section: which database to use.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (default, a file in the data folder) or Postgres (ConnectionStrings:Bot).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
