using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Privacy;

/// <summary>Per-address limits: 429 with Retry-After and a problem body, through the real host.</summary>
public sealed class AbuseLimitTests
{
    private const string StaffKey = "abuse-test-staff-key-0123456789abcdef";

    [Fact]
    public async Task CreatingSessionsWithoutEndIsRefused()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["RateLimits:SessionsPerMinute"] = "3" });
        var http = factory.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await http.PostAsync("/api/webchat/sessions", null));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        await AssertTooManyAsync(answers[3]);
    }

    [Fact]
    public async Task WebChatMessagesAreLimitedPerAddress()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["RateLimits:WebChatPerMinute"] = "3" });
        var chat = await new WebChatClient(factory.CreateClient()).StartAsync();
        var http = factory.CreateClient();
        var session = new Bot.Host.Channels.WebChat.WebChatSessionCreated(chat.ConversationId, chat.Token);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(WebChatClient.Request(HttpMethod.Get, session, "?after=0"))).StatusCode);
        }

        await AssertTooManyAsync(await http.SendAsync(WebChatClient.Request(HttpMethod.Post, session, body: new { text = "halo" })));
        Assert.Equal(0, await factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Inbox)));
    }

    [Fact]
    public async Task SearchAndLinksAreLimitedPerAddress()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["RateLimits:SearchPerMinute"] = "2", ["RateLimits:LinksPerMinute"] = "2" });
        var http = factory.CreateClient();

        var searches = new[] { await http.GetAsync("/api/catalog/search?q=inflasi"), await http.GetAsync("/api/catalog/search?q=inflasi"), await http.GetAsync("/api/catalog/search?q=inflasi") };
        var links = new[] { await http.GetAsync("/read/not-a-token"), await http.GetAsync("/download/not-a-token"), await http.GetAsync("/media/not-a-token") };

        Assert.All(searches.Take(2), a => Assert.NotEqual(HttpStatusCode.TooManyRequests, a.StatusCode));
        await AssertTooManyAsync(searches[2]);
        Assert.All(links.Take(2), a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        await AssertTooManyAsync(links[2]);
    }

    [Fact]
    public async Task AfterTooManyWrongStaffKeysEvenTheRightKeyWaits()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Staff:ApiKey"] = StaffKey, ["RateLimits:FailedStaffKeysPerMinute"] = "2" });
        var http = factory.CreateClient();

        var wrong1 = await SendAsync(http, "wrong-key-0123456789012345678901234");
        var wrong2 = await SendAsync(http, "wrong-key-0123456789012345678901234");
        var right = await SendAsync(http, StaffKey);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong1.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong2.StatusCode);
        await AssertTooManyAsync(right);
    }

    [Fact]
    public async Task TheRightStaffKeyIsNotCountedAsAFailure()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Staff:ApiKey"] = StaffKey, ["RateLimits:FailedStaffKeysPerMinute"] = "1" });
        var http = factory.CreateClient();

        var answers = new[] { await SendAsync(http, StaffKey), await SendAsync(http, StaffKey), await SendAsync(http, StaffKey) };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff/users/count");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await http.SendAsync(request);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After must say when to come back");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }
}
