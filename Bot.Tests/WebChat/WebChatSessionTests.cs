using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Host.Channels.WebChat;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.WebChat;

/// <summary>The attacks on the web chat identity, through the real host.</summary>
public sealed class WebChatSessionTests : IDisposable
{
    private readonly BotFactory _factory = new(new Dictionary<string, string?> { ["WebChat:SessionIdleMinutes"] = "60" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ASessionGivesRandomIdsAndOnlyTheTokensHashIsStored()
    {
        var http = _factory.CreateClient();

        var response = await http.PostAsync("/api/webchat/sessions", null);
        var session = (await response.Content.ReadFromJsonAsync<WebChatSessionCreated>())!;
        var other = await WebChatClient.CreateSessionAsync(http);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(session.ConversationId.Length >= 22, "the id must carry at least 128 random bits");
        Assert.True(session.Token.Length >= 22, "the token must carry at least 128 random bits");
        Assert.NotEqual(session.ConversationId, other.ConversationId);
        var stored = await _factory.QueryAsync(db => db.Set<WebChatSession>().SingleAsync(s => s.ConversationKey == session.ConversationId));
        Assert.Equal(WebChatSessions.HashToken(session.Token), stored.TokenHash);
        Assert.DoesNotContain(session.Token, Read("pstbot.db") + Read("pstbot.db-wal"));
    }

    [Fact]
    public async Task AnotherClientCannotReadNorWriteAVisitorsConversation()
    {
        var visitor = new WebChatClient(_factory.CreateClient());
        await visitor.SayAsync("halo");
        var intruder = _factory.CreateClient();
        var intruderSession = await WebChatClient.CreateSessionAsync(intruder);
        var stolenId = new WebChatSessionCreated(visitor.ConversationId, intruderSession.Token);
        var madeUp = new WebChatSessionCreated("w0123456789abcdef0123456", visitor.Token);

        var answers = new List<HttpResponseMessage>
        {
            await intruder.GetAsync($"/api/webchat/{visitor.ConversationId}/messages?after=0"),
            await intruder.PostAsJsonAsync($"/api/webchat/{visitor.ConversationId}/messages", new { text = "hapus data saya" }),
            await intruder.SendAsync(WebChatClient.Request(HttpMethod.Get, stolenId, "?after=0")),
            await intruder.SendAsync(WebChatClient.Request(HttpMethod.Post, stolenId, body: new { text = "hapus data saya" })),
            await intruder.SendAsync(WebChatClient.Request(HttpMethod.Get, madeUp, "?after=0")),
            await intruder.SendAsync(WebChatClient.Request(HttpMethod.Post, madeUp, body: new { text = "halo" })),
        };

        await AssertAllTheSameUnauthorizedAsync(answers);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task AnExpiredAndAnEndedSessionGetTheSameAnswerAsAMissingToken()
    {
        var http = _factory.CreateClient();
        var idle = await new WebChatClient(http).StartAsync();
        await idle.SayAsync("halo");
        var ended = await new WebChatClient(http).StartAsync();
        await ended.SayAsync("halo");

        var end = new HttpRequestMessage(HttpMethod.Delete, $"/api/webchat/sessions/{ended.ConversationId}");
        end.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ended.Token);
        var endResponse = await http.SendAsync(end);
        _factory.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal(HttpStatusCode.NoContent, endResponse.StatusCode);
        await AssertAllTheSameUnauthorizedAsync(
        [
            await http.SendAsync(WebChatClient.Request(HttpMethod.Get, new(idle.ConversationId, idle.Token), "?after=0")),
            await http.SendAsync(WebChatClient.Request(HttpMethod.Get, new(ended.ConversationId, ended.Token), "?after=0")),
            await http.GetAsync($"/api/webchat/{idle.ConversationId}/messages?after=0"),
        ]);
    }

    [Fact]
    public async Task EndingASessionNeedsItsToken()
    {
        var http = _factory.CreateClient();
        var visitor = await new WebChatClient(http).StartAsync();

        var response = await http.DeleteAsync($"/api/webchat/sessions/{visitor.ConversationId}");
        var stillThere = await visitor.GetAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotNull(stillThere);
    }

    [Fact]
    public async Task MessagesKeepASessionAliveButPollingDoesNot()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.SayAsync("halo");

        _factory.Clock.Advance(TimeSpan.FromMinutes(50));
        await chat.SayAsync("menu");
        _factory.Clock.Advance(TimeSpan.FromMinutes(50));
        var stillAlive = await chat.GetAsync();
        _factory.Clock.Advance(TimeSpan.FromMinutes(15));
        var expired = await chat.PostRawAsync(new { text = "halo" });

        Assert.NotEmpty(stillAlive);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    private string Read(string name)
    {
        var path = Path.Combine(_factory.DataDir, name);
        if (!File.Exists(path))
        {
            return "";
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task AssertAllTheSameUnauthorizedAsync(IReadOnlyList<HttpResponseMessage> answers)
    {
        var bodies = new List<string>();
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
            bodies.Add($"{problem.RootElement.GetProperty("title")}|{problem.RootElement.GetProperty("detail")}");
        }

        Assert.Single(bodies.Distinct());
    }
}
