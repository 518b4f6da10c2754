using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Storage;
using Bot.Host.Storage.Sqlite;
using Bot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Durability;

/// <summary>
/// The background checkpoint of SQLite's write-ahead log (<see cref="SqliteCheckpointer"/>):
/// a pass copies the whole log into the database file, and the next write starts the log
/// afresh, so the log does not grow under steady writing.
/// </summary>
public sealed class SqliteCheckpointerTests
{
    [Fact]
    public async Task APassCopiesTheWholeLogAndTheNextWriteStartsItAfresh()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "pstbot-tests", Guid.NewGuid().ToString("N"));
        // No background passes (only the test's own), and no checkpoint by SQLite itself this early.
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Worker:Enabled"] = "false", ["Storage:CheckpointIntervalMs"] = "0" }, dataDir);
        _ = factory.Server;
        for (var n = 0; n < 200; n++)
        {
            await WriteAsync(factory, n);
        }

        Assert.Empty(factory.Services.GetServices<IHostedService>().OfType<SqliteCheckpointer>());
        var checkpointer = new SqliteCheckpointer("", TimeSpan.FromSeconds(1), factory.Services.GetRequiredService<WriteGate>(), NullLogger<SqliteCheckpointer>.Instance);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "pstbot.db")};Pooling=False");
        var pass = checkpointer.Run(connection);
        Assert.True(pass.Complete, $"pass: {pass}");
        Assert.True(pass.LogFrames >= 200, $"200 commits should have left at least 200 pages in the log: {pass}");

        await WriteAsync(factory, 200);
        var after = checkpointer.Run(connection);
        Assert.True(after.Complete, $"pass: {after}");
        Assert.InRange(after.LogFrames, 1, 20);
    }

    private static async Task WriteAsync(BotFactory factory, int n)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InboxWriter>()
            .WriteAsync(new Inbound(LoopbackChannel.Name, $"c{n % 7}", $"m{n}", factory.Clock.GetUtcNow()) { Text = "halo" });
    }
}
