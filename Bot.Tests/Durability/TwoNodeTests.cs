using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Durability;

/// <summary>
/// Two hosts on one PostgreSQL database, each with its own push channel: messages of the same
/// chats arrive alternately at either node, and both nodes compete for turns and for sending.
/// </summary>
public sealed class TwoNodeTests
{
    private const int Chats = 40;
    private const int MessagesPerChat = 10;

    [PostgresFact]
    public async Task TwoNodesRunEachTurnOnceInOrderAndSendEachReplyOnce()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var channelA = new LoopbackChannel();
        var channelB = new LoopbackChannel();
        using var nodeA = new TestHostBuilder().With(database.HostSettings()).WithChannel(channelA).Build();
        using var nodeB = new TestHostBuilder().With(database.HostSettings()).WithChannel(channelB).Build();
        _ = nodeA.Server;
        _ = nodeB.Server;

        // Each chat's messages one after another, alternating nodes (a retry or a balancer
        // sending the next update elsewhere); the chats at the same time.
        await Task.WhenAll(Enumerable.Range(0, Chats).Select(async chat =>
        {
            for (var n = 0; n < MessagesPerChat; n++)
            {
                var node = n % 2 == 0 ? nodeA : nodeB;
                await using var scope = node.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<InboxWriter>()
                    .WriteAsync(new Inbound(LoopbackChannel.Name, $"c{chat}", $"c{chat}-{n}", node.Clock.GetUtcNow()) { Text = n % 3 == 0 ? "halo" : "biaya" });
            }
        }));
        await WaitAllSentAsync(nodeA);

        var outbox = await nodeA.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync());
        var inbox = await nodeA.QueryAsync(db => db.Inbox.AsNoTracking().ToListAsync());
        Assert.Equal(Chats * MessagesPerChat, inbox.Count);
        Assert.All(inbox, m => Assert.Equal(InboxStatus.Done, m.Status));
        Assert.All(inbox, m => Assert.Contains(outbox, o => o.InboxId == m.Id));
        Assert.Equal(outbox.Count, channelA.Delivered.Count + channelB.Delivered.Count);
        Assert.All(outbox, o => Assert.Equal((OutboxStatus.Sent, 1), (o.Status, o.Attempts)));
        Assert.NotEmpty(channelA.Delivered);
        Assert.NotEmpty(channelB.Delivered);
        foreach (var chat in outbox.GroupBy(o => o.ConversationId))
        {
            var bySeq = chat.OrderBy(o => o.Seq).ToList();
            Assert.Equal(Enumerable.Range(1, bySeq.Count).Select(i => (long)i), bySeq.Select(o => o.Seq));
            var turnOrder = bySeq.Select(o => o.InboxId!.Value).ToList();
            Assert.True(turnOrder.Zip(turnOrder.Skip(1)).All(p => p.First <= p.Second), $"{chat.Key}: turns out of order");
            var updateOrder = inbox.Where(m => m.ConversationId == chat.Key).OrderBy(m => m.Id).Select(m => m.ExternalId).ToList();
            Assert.Equal(Enumerable.Range(0, MessagesPerChat).Select(n => $"{chat.Key["loopback:".Length..]}-{n}"), updateOrder);
        }
    }

    private static Task WaitAllSentAsync(BotFactory node) =>
        WaitUntil.TrueAsync(
            () => node.QueryAsync(async db => !await db.Inbox.AnyAsync(m => m.Status == InboxStatus.Pending) && !await db.Outbox.AnyAsync(m => m.Status == OutboxStatus.Pending)),
            "the two nodes to finish the work",
            timeout: TimeSpan.FromSeconds(90));
}
