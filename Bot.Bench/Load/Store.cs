using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Bench.Load;

/// <summary>Opens the host's database directly, to check what was stored after a run.</summary>
public sealed record Store(string Provider, string ConnectionString)
{
    public static Store Sqlite(string dataDir) => new("Sqlite", $"Data Source={Path.Combine(dataDir, "pstbot.db")};Pooling=False");

    public static Store Postgres(string connectionString) => new("Postgres", connectionString);

    public BotDbContext Open() => Provider == "Postgres"
        ? new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteBotDbContext(new DbContextOptionsBuilder<SqliteBotDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>Host settings that point a host at this store (besides its DataDir).</summary>
    public Dictionary<string, string> HostSettings() => Provider == "Postgres"
        ? new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Bot"] = ConnectionString, ["Privacy:Key"] = "cHN0Ym90LWxvYWQta2V5LTAxMjM0NTY3ODlhYmNkZWY=" }
        : new() { ["Storage:Provider"] = "Sqlite" };

    /// <summary>Waits until no inbox row waits for a turn and no outbox row waits to be sent.</summary>
    public async Task WaitDrainedAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            await using (var db = Open())
            {
                var inbox = await db.Inbox.CountAsync(m => m.Status == InboxStatus.Pending, cancellationToken);
                var outbox = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
                if (inbox == 0 && outbox == 0)
                {
                    return;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Not drained after {timeout}: {inbox} inbox and {outbox} outbox rows pending.");
                }
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
