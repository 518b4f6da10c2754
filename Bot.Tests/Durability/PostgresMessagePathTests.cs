using System.Net;
using System.Net.Http.Json;
using Bot.Host.Channels.WebChat;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Durability;

/// <summary>The message path on PostgreSQL: migrations, idempotent inbox under races, ordered turns.</summary>
public sealed class PostgresMessagePathTests
{
    [PostgresFact]
    public async Task TheHostMigratesAnEmptyPostgresDatabaseAndAnswers()
    {
        using var factory = new TestHostBuilder(TestStore.Postgres).Build();
        var chat = new WebChatClient(factory.CreateClient());

        var replies = await chat.SayAsync("halo");

        Assert.Contains("PST BPS Kota Tarakan", replies.AllText());
        Assert.True(await factory.QueryAsync(db => Task.FromResult(db.Database.IsNpgsql())));
        Assert.Equal(1, await factory.QueryAsync(db => db.Inbox.CountAsync(m => m.Status == InboxStatus.Done)));
    }

    [PostgresFact]
    public async Task TheSameMessagePostedTwentyTimesAtOnceIsStoredAndAnsweredOnce()
    {
        using var factory = new TestHostBuilder(TestStore.Postgres).Build();
        var http = factory.CreateClient();
        var session = await WebChatClient.CreateSessionAsync(http);

        // All twenty race on a conversation that does not exist yet and on the same inbox key.
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            http.SendAsync(WebChatClient.Request(HttpMethod.Post, session, body: new { text = "halo", clientMessageId = "same-id" }))));
        await factory.DrainAsync();

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<WebChatReplies>()));
        Assert.All(bodies, b => Assert.Equal(bodies[0]!.Replies.Select(x => x.Seq), b!.Replies.Select(x => x.Seq)));
        Assert.Equal(1, await factory.QueryAsync(db => db.Inbox.CountAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Conversations.CountAsync()));
    }

    [PostgresFact]
    public async Task FiftyMessagesPostedAtOnceToOneConversationAreProcessedInArrivalOrder()
    {
        using var factory = new TestHostBuilder(TestStore.Postgres).Build();
        var http = factory.CreateClient();
        var session = await WebChatClient.CreateSessionAsync(http);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            http.SendAsync(WebChatClient.Request(HttpMethod.Post, session, body: new { text = $"pesan {i}", clientMessageId = $"c{i}" }))));
        await factory.DrainAsync();

        var inboxOrder = await factory.QueryAsync(db => db.Inbox.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        var replyOrder = await factory.QueryAsync(db => db.Outbox.OrderBy(m => m.Seq).Select(m => m.InboxId!.Value).ToListAsync());
        Assert.Equal(50, inboxOrder.Count);
        Assert.Equal(inboxOrder, replyOrder.Distinct());
        Assert.True(IsNonDecreasing(replyOrder), "replies of a later message came before those of an earlier one");
    }

    private static bool IsNonDecreasing(IReadOnlyList<long> values) => values.Zip(values.Skip(1)).All(p => p.First <= p.Second);
}
