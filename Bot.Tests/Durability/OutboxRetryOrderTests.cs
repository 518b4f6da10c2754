using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Durability;

public sealed class OutboxRetryOrderTests
{
    [Fact]
    public async Task AReplyHandedOverInMemoryWaitsBehindTheConversationsRowThatWaitsForItsRetry()
    {
        var channel = new LoopbackChannel { Online = false, OfflineRetryAfter = TimeSpan.FromMinutes(1) };
        using var factory = new TestHostBuilder().With("Worker:PollIntervalMs", "50").WithChannel(channel).Build();
        _ = factory.Server;
        var signals = factory.Services.GetRequiredService<WorkSignals>();

        var first = await AddRowAsync(factory, "pertama");
        signals.Outbox.Set();
        await WaitUntil.TrueAsync(() => factory.QueryAsync(db => db.Outbox.AnyAsync(m => m.Id == first.Id && m.Attempts == 1)), "the first row's failed try");

        // The channel is back; a turn hands its reply over in memory while the first row waits
        // for its retry (a minute on the host's clock).
        channel.Online = true;
        var second = await AddRowAsync(factory, "kedua");
        signals.OutboxStored([second]);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await WaitUntil.TrueAsync(() => channel.Delivered.Count == 2, "both rows to be delivered");

        Assert.Equal(["pertama", "kedua"], channel.Delivered.Select(d => d.Reply.Text));
    }

    private static async Task<OutboxMessage> AddRowAsync(BotFactory factory, string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var row = scope.ServiceProvider.GetRequiredService<OutboxWriter>()
            .EnqueueDirect(LoopbackChannel.Name, "chat-1", MessageJson.Serialize(new Outbound(text)), orderingKey: "one-chat");
        await db.SaveChangesAsync();
        return row;
    }
}
