using Bot.Host.Configuration;

namespace Bot.Host.Privacy;

internal static class PrivacySetup
{
    /// <summary>
    /// The personal-data key comes from `Privacy:Key` (base64, 32 bytes; required when several
    /// nodes share a database) or, on a single node, from a key file made in the data folder.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        // Nodes sharing a database must decrypt each other's rows: a key file made per node would
        // silently split the data, so several-node storage requires the configured key.
        if (string.Equals(configuration["Storage:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(configuration["Privacy:Key"]))
        {
            throw new InvalidOperationException(
                "Privacy:Key is required with Storage:Provider=Postgres, and must be the same on every node: make one with `openssl rand -base64 32`.");
        }

        services.AddSingleton(sp =>
        {
            var configured = configuration["Privacy:Key"];
            if (!string.IsNullOrWhiteSpace(configured))
            {
                byte[] key;
                try
                {
                    key = Convert.FromBase64String(configured);
                }
                catch (FormatException)
                {
                    throw new InvalidOperationException("Privacy:Key must be base64 of 32 random bytes (e.g. `openssl rand -base64 32`).");
                }

                return key.Length == 32
                    ? new PersonalData(key)
                    : throw new InvalidOperationException("Privacy:Key must decode to exactly 32 bytes (e.g. `openssl rand -base64 32`).");
            }

            var keyFile = configuration["Privacy:KeyFile"];
            var path = string.IsNullOrWhiteSpace(keyFile) ? sp.GetRequiredService<DataDirectory>().Combine("keys", "personal-data.key") : keyFile;
            return new PersonalData(LoadOrCreateKeyFile(path));
        });
        services.AddScoped<Users.IUserDataEraser, PersonalDataEraser>();
        services.AddSingleton<Storage.StoredText>();
        services.AddSingleton(sp => new Documents.SignedLinks(sp.GetRequiredService<PersonalData>().DeriveKey("signed-links"), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private static byte[] LoadOrCreateKeyFile(string path)
    {
        if (File.Exists(path))
        {
            var existing = Convert.FromBase64String(File.ReadAllText(path).Trim());
            return existing.Length == 32 ? existing : throw new InvalidOperationException($"The key file {path} is damaged: it must hold base64 of 32 bytes.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        var temp = path + ".tmp";

        // Created owner-only (0600) before a byte is written: there is no moment in which
        // another account could open it.
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        File.Delete(temp);
        using (var writer = new StreamWriter(temp, System.Text.Encoding.ASCII, create))
        {
            writer.Write(Convert.ToBase64String(key));
        }

        File.Move(temp, path, overwrite: false);
        return key;
    }
}
