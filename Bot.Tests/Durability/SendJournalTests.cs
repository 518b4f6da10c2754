using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Durability;

/// <summary>
/// The SQLite send journal (<see cref="OutboxJournal"/>): a send's record written to the journal
/// and not yet applied to the outbox table must count as recorded, across a kill and inside the
/// running process. Tests that need a record to stay unapplied take the background flusher
/// out; everything else is the real host.
/// </summary>
public sealed class SendJournalTests
{
    [Fact]
    public async Task ASendJournaledBeforeAKillIsAppliedAtStartAndNotSentAgain()
    {
        var dataDir = NewDataDir();
        long journaled, other;
        using (var stopped = new BotFactory(new Dictionary<string, string?> { ["Worker:Enabled"] = "false" }, dataDir))
        {
            journaled = await AddRowAsync(stopped, "a");
            other = await AddRowAsync(stopped, "b");
        }

        // What a run killed after sending the first row leaves: its record in the journal only.
        var sentAt = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        await File.WriteAllBytesAsync(Path.Combine(dataDir, "outbox-sends-000000000007.journal"),
            SendRecordCodec.Encode(new SendRecord(journaled, OutboxStatus.Sent, 1, null, "tg-1", sentAt, sentAt)));

        var channel = new LoopbackChannel();
        using var restarted = new TestHostBuilder().InDataDir(dataDir).WithChannel(channel).Build();
        _ = restarted.Server;
        await restarted.WaitForOutboxAsync(other, m => m.Status == OutboxStatus.Sent);

        var row = await restarted.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == journaled));
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal("tg-1", row.ExternalId);
        Assert.Equal(["b"], channel.Delivered.Select(d => d.Recipient));
        Assert.Empty(Directory.EnumerateFiles(dataDir, "outbox-sends-*.journal"));
    }

    [Fact]
    public async Task ATornLastRecordIsIgnoredAndItsRowIsSentOnce()
    {
        var dataDir = NewDataDir();
        long whole, torn;
        using (var stopped = new BotFactory(new Dictionary<string, string?> { ["Worker:Enabled"] = "false" }, dataDir))
        {
            whole = await AddRowAsync(stopped, "a");
            torn = await AddRowAsync(stopped, "b");
        }

        var at = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        var second = SendRecordCodec.Encode(new SendRecord(torn, OutboxStatus.Sent, 1, null, "tg-2", at, at));
        var data = SendRecordCodec.Encode(new SendRecord(whole, OutboxStatus.Sent, 1, null, "tg-1", at, at))
            .Concat(second.Take(second.Length - 3))
            .ToArray();
        await File.WriteAllBytesAsync(Path.Combine(dataDir, "outbox-sends-000000000001.journal"), data);

        var channel = new LoopbackChannel();
        using var restarted = new TestHostBuilder().InDataDir(dataDir).WithChannel(channel).Build();
        _ = restarted.Server;
        await restarted.WaitForOutboxAsync(torn, m => m.Status == OutboxStatus.Sent);

        // The torn record's send counts as unrecorded: the one repeat a kill may cost.
        Assert.Equal(["b"], channel.Delivered.Select(d => d.Recipient));
        Assert.Equal("tg-1", await restarted.QueryAsync(db => db.Outbox.Where(m => m.Id == whole).Select(m => m.ExternalId).SingleAsync()));
        Assert.Equal("lb-" + torn, await restarted.QueryAsync(db => db.Outbox.Where(m => m.Id == torn).Select(m => m.ExternalId).SingleAsync()));
    }

    [Fact]
    public async Task ARowWhoseRecordIsOnlyInTheJournalIsNotOfferedAgainByTheScan()
    {
        var channel = new LoopbackChannel();
        using var factory = new TestHostBuilder().With("Worker:PollIntervalMs", "50").WithChannel(channel).Services(WithoutFlusher).Build();
        _ = factory.Server;

        var first = await AddRowAsync(factory, "a");
        Wake(factory);
        await WaitUntil.TrueAsync(() => channel.Delivered.Count >= 1, "the first delivery");

        // Storage still says pending; scans run every 50 ms. A later row in another
        // conversation going out proves scans ran after the first send.
        Assert.Equal(OutboxStatus.Pending, await StatusAsync(factory, first));
        var second = await AddRowAsync(factory, "b");
        Wake(factory);
        await WaitUntil.TrueAsync(() => channel.Delivered.Count >= 2, "the second delivery");
        Wake(factory);
        await factory.Services.GetRequiredService<OutboxJournal>().FlushAsync();

        Assert.Equal(["a", "b"], channel.Delivered.Select(d => d.Recipient));
        Assert.Equal(OutboxStatus.Sent, await StatusAsync(factory, first));
        Assert.Equal(OutboxStatus.Sent, await StatusAsync(factory, second));
    }

    [Fact]
    public async Task AGracefulStopAppliesTheJournalAndLeavesNoFile()
    {
        var channel = new LoopbackChannel();
        var dataDir = NewDataDir();
        long id;
        using (var factory = new TestHostBuilder().InDataDir(dataDir).WithChannel(channel).Services(WithoutFlusher).Build())
        {
            _ = factory.Server;
            id = await AddRowAsync(factory, "a");
            Wake(factory);
            await WaitUntil.TrueAsync(() => channel.Delivered.Count >= 1, "the first delivery");
            Assert.NotEmpty(Directory.EnumerateFiles(dataDir, "outbox-sends-*.journal"));
        }

        Assert.Empty(Directory.EnumerateFiles(dataDir, "outbox-sends-*.journal"));
        using var reopened = new BotFactory(new Dictionary<string, string?> { ["Worker:Enabled"] = "false" }, dataDir);
        Assert.Equal(OutboxStatus.Sent, await StatusAsync(reopened, id));
    }

    /// <summary>Leaves the journal unapplied until someone flushes it (the status callback, shutdown, the test).</summary>
    internal static void WithoutFlusher(IServiceCollection services) =>
        services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxJournalFlusher)));

    private static string NewDataDir() => Path.Combine(Path.GetTempPath(), "pstbot-tests", Guid.NewGuid().ToString("N"));

    private static async Task<long> AddRowAsync(BotFactory factory, string recipient)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var row = scope.ServiceProvider.GetRequiredService<OutboxWriter>()
            .EnqueueDirect(LoopbackChannel.Name, recipient, MessageJson.Serialize(new Bot.Dialogs.Model.Outbound("halo " + recipient)), recipient);
        await db.SaveChangesAsync();
        return row.Id;
    }

    private static void Wake(BotFactory factory) => factory.Services.GetRequiredService<WorkSignals>().Outbox.Set();

    private static Task<OutboxStatus> StatusAsync(BotFactory factory, long id) =>
        factory.QueryAsync(db => db.Outbox.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());
}
