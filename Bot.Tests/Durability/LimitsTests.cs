using System.Net;
using System.Net.Http.Json;
using Bot.Dialogs.Model;
using Bot.Host.Limits;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Durability;

public sealed class LimitsTests
{
    [Fact]
    public async Task AFloodGetsOnePoliteSlowDownInsteadOfAReplyPerMessageAndNothingIsLost()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Limits:InboundPerWindow"] = "5", ["Limits:InboundWindowSeconds"] = "60" });
        var http = factory.CreateClient();
        var chat = await new WebChatClient(http).StartAsync();

        for (var i = 0; i < 12; i++)
        {
            await chat.SayAsync($"pesan {i}", clientMessageId: $"{chat.ConversationId}-{i}");
        }

        var replies = await chat.GetAsync();
        var slowDowns = replies.Count(r => r.Text == LimitTexts.SlowDown.Id);
        Assert.Equal(1, slowDowns);
        Assert.Equal(12, await factory.QueryAsync(db => db.Inbox.CountAsync(m => m.Status == InboxStatus.Done)));
        Assert.Equal(7, await factory.QueryAsync(db => db.Inbox.CountAsync(m => m.Error == InboundRateLimiter.LimitedNote)));
        var answeredInboxIds = await factory.QueryAsync(db => db.Outbox.Select(m => m.InboxId).Distinct().CountAsync());
        Assert.Equal(6, answeredInboxIds);
    }

    [Fact]
    public async Task AfterTheWindowTheUserIsAnsweredAgain()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Limits:InboundPerWindow"] = "2", ["Limits:InboundWindowSeconds"] = "60" });
        var chat = new WebChatClient(factory.CreateClient());
        await chat.SayAsync("halo");
        await chat.SayAsync("halo");
        var limited = await chat.SayAsync("halo");

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var after = await chat.SayAsync("halo");

        Assert.Equal(LimitTexts.SlowDown.Id, Assert.Single(limited).Text);
        Assert.Contains("PST BPS Kota Tarakan", after.AllText());
    }

    [Fact]
    public async Task OverTheLimitTheLimiterNotifiesOnceThenStaysQuiet()
    {
        var limiter = new InboundRateLimiter(Microsoft.Extensions.Options.Options.Create(new LimitsOptions { InboundPerWindow = 1 }));
        var record = new ConversationRecord { Id = "webchat:x", Channel = "webchat", Key = "x" };
        var at = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

        var verdicts = Enumerable.Range(0, 4).Select(i => limiter.Check(record, at.AddSeconds(i))).ToList();

        Assert.Equal([RateVerdict.Allow, RateVerdict.Notify, RateVerdict.Limited, RateVerdict.Limited], verdicts);
    }

    [Theory]
    [InlineData("/api/webchat/abc/messages", 64 * 1024 + 1)]
    [InlineData("/healthz", 256 * 1024 + 1)]
    [InlineData("/no/such/endpoint", 256 * 1024 + 1)]
    public async Task EveryEndpointRefusesABodyOverItsLimitWith413(string path, int size)
    {
        using var factory = new BotFactory();
        var http = factory.CreateClient();

        var response = await http.PostAsync(path, new ByteArrayContent(new byte[size]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task ABodyJustUnderTheWebChatLimitIsStillReadAndJudgedOnItsContent()
    {
        using var factory = new BotFactory();
        var chat = new WebChatClient(factory.CreateClient());
        var padding = new string(' ', 60 * 1024);

        var response = await chat.PostRawAsync(new StringContent("{\"text\":\"halo\"}" + padding, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<Bot.Host.Channels.WebChat.WebChatReplies>())!.Replies);
    }
}
