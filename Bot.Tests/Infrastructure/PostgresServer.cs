using Npgsql;

namespace Bot.Tests.Infrastructure;

/// <summary>The test PostgreSQL server named by PSTBOT_TEST_POSTGRES, and a fresh database per test.</summary>
public static class PostgresServer
{
    public const string Variable = "PSTBOT_TEST_POSTGRES";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Creates an empty database; disposing drops it.</summary>
    public static async Task<PostgresDatabase> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException($"{Variable} is not set.");
        var name = "pstbot_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 40 };
        return new PostgresDatabase(server, name, builder.ConnectionString);
    }

    /// <summary>The same for a constructor, which cannot await (the PostgreSQL subclass of a flow test class).</summary>
    public static PostgresDatabase CreateDatabase() => Task.Run(CreateDatabaseAsync).GetAwaiter().GetResult();
}

/// <summary>One test's database on the test server.</summary>
public sealed class PostgresDatabase(string server, string name, string connectionString) : IAsyncDisposable, IDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    /// <summary>Host settings that put the host on this database.</summary>
    public Dictionary<string, string?> HostSettings() => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["ConnectionStrings:Bot"] = ConnectionString,
        ["Privacy:Key"] = "cHN0Ym90LXRlc3Qta2V5LTAxMjM0NTY3ODlhYmNkZWY=",
    };

    /// <summary>Drops the database from a Dispose that cannot await.</summary>
    public void Dispose() => Task.Run(() => DisposeAsync().AsTask()).GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
