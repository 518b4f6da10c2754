using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Messaging.Worker;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Durability;

/// <summary>
/// The turn store of each provider keeps what a turn changed on its conversation, the channel
/// profile included (personal-data erasure blanks the display name during a turn). SQLite reads
/// the conversation without EF and writes the turn's own columns by hand; a profile column
/// changed by the turn must not be lost there.
/// </summary>
public sealed class TurnStoreTests
{
    [Fact]
    public async Task AProfileColumnChangedDuringATurnIsSavedWithItOnSqlite()
    {
        using var factory = new BotFactory(StoppedWorker());
        await AssertProfileChangeIsSavedAsync(factory);
    }

    [PostgresFact]
    public async Task AProfileColumnChangedDuringATurnIsSavedWithItOnPostgres()
    {
        using var factory = new TestHostBuilder(TestStore.Postgres).With("Worker:Enabled", "false").Build();
        await AssertProfileChangeIsSavedAsync(factory);
    }

    // The turn is run by the test (the worker would take the message first).
    private static Dictionary<string, string?> StoppedWorker() => new() { ["Worker:Enabled"] = "false" };

    private static async Task AssertProfileChangeIsSavedAsync(BotFactory factory)
    {
        var inbound = new Inbound(ChannelNames.Telegram, "7001", "u-1", factory.Clock.GetUtcNow())
        {
            Text = "halo",
            Sender = new SenderProfile("Siti Rahmawati", "siti_r", "id", null),
        };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InboxWriter>().WriteAsync(inbound);
        }

        var conversationId = ConversationRecord.MakeId(ChannelNames.Telegram, "7001");
        long version;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<ITurnStore>();
            var start = await store.BeginAsync(conversationId, CancellationToken.None);
            var record = Assert.IsType<ConversationRecord>(start.Conversation);
            var row = Assert.Single(start.Messages!);
            version = record.Version;

            // What a turn of "hapus data saya" does to its own conversation, with the turn's own columns.
            record.DisplayName = null;
            record.UserName = null;
            record.State = "{}";
            record.UpdatedAt = factory.Clock.GetUtcNow();
            row.Status = InboxStatus.Done;
            row.ProcessedAt = factory.Clock.GetUtcNow();
            row.Attempts++;
            await store.CommitAsync(record, row, CancellationToken.None);
        }

        var saved = await factory.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == conversationId));
        var message = await factory.QueryAsync(db => db.Inbox.SingleAsync());
        Assert.Null(saved.DisplayName);
        Assert.Null(saved.UserName);
        Assert.Equal("{}", saved.State);
        Assert.Equal("id", saved.LanguageCode);
        Assert.Equal(version + 1, saved.Version);
        Assert.Equal(InboxStatus.Done, message.Status);
    }
}
