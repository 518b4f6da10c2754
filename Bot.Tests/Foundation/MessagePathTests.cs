using System.Net;
using System.Net.Http.Json;
using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Foundation;

public sealed class MessagePathTests
{
    [Fact]
    public async Task TheSameInboundIdTwiceGivesOneTurn()
    {
        using var factory = new BotFactory();
        var chat = new WebChatClient(factory.CreateClient());

        var first = await chat.SayAsync("halo", clientMessageId: "m1");
        var second = await chat.SayAsync("halo", clientMessageId: "m1");

        Assert.Equal(first.Select(r => r.Seq), second.Select(r => r.Seq));
        Assert.Equal(1, await factory.QueryAsync(db => db.Inbox.CountAsync()));
        Assert.Single(await chat.GetAsync());
    }

    [Fact]
    public async Task FiftyMessagesPostedAtOnceToOneConversationAreProcessedInArrivalOrder()
    {
        using var factory = new BotFactory();
        var http = factory.CreateClient();
        var session = await WebChatClient.CreateSessionAsync(http);

        // Stored concurrently; the inbox order is the arrival order the worker must keep.
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            http.SendAsync(WebChatClient.Request(HttpMethod.Post, session, body: new { text = $"pesan {i}", clientMessageId = $"c{i}" }))));
        await factory.DrainAsync();

        var inboxOrder = await factory.QueryAsync(db => db.Inbox.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        var processedOrder = await factory.QueryAsync(db => db.Inbox.OrderBy(m => m.ProcessedAt).ThenBy(m => m.Id).Select(m => m.Id).ToListAsync());
        var replyOrder = await factory.QueryAsync(db => db.Outbox.OrderBy(m => m.Seq).Select(m => m.InboxId!.Value).Distinct().ToListAsync());
        Assert.Equal(50, inboxOrder.Count);
        Assert.Equal(inboxOrder, processedOrder);
        Assert.Equal(inboxOrder, replyOrder);
        var seqs = await factory.QueryAsync(db => db.Outbox.OrderBy(m => m.Id).Select(m => m.Seq).ToListAsync());
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), seqs);
    }

    [Fact]
    public async Task DifferentConversationsAreAllAnswered()
    {
        using var factory = new BotFactory();
        var http = factory.CreateClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => new WebChatClient(http).SayAsync("halo")));

        Assert.All(replies, r => Assert.Contains("PST BPS Kota Tarakan", r.AllText()));
    }

    [Fact]
    public async Task RepliesStoredButNotSentBeforeARestartAreSentAfterIt()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "pstbot-tests", Guid.NewGuid().ToString("N"));
        var offline = new LoopbackChannel { Online = false };
        using (var before = new TestHostBuilder().InDataDir(dataDir).WithChannel(offline).Build())
        {
            await WriteInboundAsync(before, "chat-1", "u1", "halo");
            await before.DrainAsync();
            Assert.True(await before.QueryAsync(db => db.Outbox.AnyAsync(m => m.Channel == LoopbackChannel.Name && m.Status == OutboxStatus.Pending)));
        }

        var online = new LoopbackChannel();
        using var after = new TestHostBuilder().InDataDir(dataDir).WithChannel(online).Build();
        _ = after.Server;

        await WaitUntil.TrueAsync(() => !online.Delivered.IsEmpty, "the stored reply to be sent after the restart");
        var (recipient, reply) = Assert.Single(online.Delivered);
        Assert.Equal("chat-1", recipient);
        Assert.Contains("PST BPS Kota Tarakan", reply.Text);
    }

    [Fact]
    public async Task InboxRowsNotProcessedBeforeARestartAreProcessedAfterIt()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "pstbot-tests", Guid.NewGuid().ToString("N"));
        using (var stopped = new BotFactory(new Dictionary<string, string?> { ["Worker:Enabled"] = "false" }, dataDir))
        {
            await WriteInboundAsync(stopped, "chat-2", "u1", "halo");
            await WriteInboundAsync(stopped, "chat-2", "u2", "biaya");
            Assert.Equal(2, await stopped.QueryAsync(db => db.Inbox.CountAsync(m => m.Status == InboxStatus.Pending)));
        }

        var channel = new LoopbackChannel();
        using var running = new TestHostBuilder().InDataDir(dataDir).WithChannel(channel).Build();
        _ = running.Server;

        await WaitUntil.TrueAsync(() => channel.Delivered.Count >= 2, "both stored messages to be answered after the restart");
        var texts = channel.Delivered.Select(d => d.Reply.Text).ToList();
        Assert.Contains("PST BPS Kota Tarakan", texts[0]);
        Assert.Contains("gratis", texts[1]);
    }

    [Theory]
    [InlineData("{\"text\":\"\"}")]
    [InlineData("{\"text\":\"   \"}")]
    [InlineData("{}")]
    [InlineData("{\"text\":\"a\",\"choice\":\"m:info\"}")]
    [InlineData("{\"text\":5}")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{\"choice\":\"bad choice!\"}")]
    [InlineData("{\"text\":\"a\",\"clientMessageId\":\"../../etc\"}")]
    public async Task BadBodiesAreRefusedWith400AndNothingIsStored(string body)
    {
        using var factory = new BotFactory();
        var chat = await new WebChatClient(factory.CreateClient()).StartAsync();

        var response = await chat.PostRawAsync(new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task TextOverFourThousandCharactersIsRefused()
    {
        using var factory = new BotFactory();
        var chat = new WebChatClient(factory.CreateClient());

        var response = await chat.PostRawAsync(new { text = new string('a', 4001) });
        var accepted = await chat.PostRawAsync(new { text = new string('a', 4000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Theory]
    [InlineData("a%20b")]
    [InlineData("x.y")]
    [InlineData("abc")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    public async Task ClientChosenConversationIdsAreRefused(string id)
    {
        using var factory = new BotFactory();
        var http = factory.CreateClient();

        var post = await http.PostAsJsonAsync($"/api/webchat/{id}/messages", new { text = "halo" });
        var get = await http.GetAsync($"/api/webchat/{id}/messages?after=0");

        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, get.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task HealthzIsOkOnceStorageIsMigratedAndTheWorkersRun()
    {
        using var factory = new BotFactory();

        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheWebChatPageIsServedAtTheRoot()
    {
        using var factory = new BotFactory();

        var page = await factory.CreateClient().GetStringAsync("/");
        var script = await factory.CreateClient().GetStringAsync("/app.js");

        Assert.Contains("PST BPS Kota Tarakan", page);
        Assert.Contains("/api/webchat/", script);
    }

    private static async Task WriteInboundAsync(BotFactory factory, string chat, string id, string text)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<InboxWriter>();
        await inbox.WriteAsync(new Inbound(LoopbackChannel.Name, chat, id, factory.Clock.GetUtcNow()) { Text = text });
    }
}
