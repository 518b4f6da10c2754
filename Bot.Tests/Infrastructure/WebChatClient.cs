using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bot.Host.Channels.WebChat;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// Talks to the web chat API as the page does: a server-issued session (created on first use,
/// or by <see cref="StartAsync"/>), its bearer token on every request.
/// </summary>
public sealed class WebChatClient(HttpClient http)
{
    private WebChatSessionCreated? _session;

    /// <summary>The conversation id the server issued; start the session first.</summary>
    public string ConversationId => _session?.ConversationId ?? throw new InvalidOperationException("No session yet: call StartAsync or send something first.");

    public string Token => _session?.Token ?? throw new InvalidOperationException("No session yet: call StartAsync or send something first.");

    /// <summary>Creates a session the way the page does; returns it.</summary>
    public static async Task<WebChatSessionCreated> CreateSessionAsync(HttpClient http)
    {
        var response = await http.PostAsync("/api/webchat/sessions", null);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new HttpRequestException($"POST /api/webchat/sessions answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<WebChatSessionCreated>())!;
    }

    /// <summary>A request to the conversation's messages with this session's token.</summary>
    public static HttpRequestMessage Request(HttpMethod method, WebChatSessionCreated session, string pathAndQuery = "", object? body = null)
    {
        var request = new HttpRequestMessage(method, $"/api/webchat/{session.ConversationId}/messages{pathAndQuery}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        return request;
    }

    public async Task<WebChatClient> StartAsync()
    {
        _session ??= await CreateSessionAsync(http);
        return this;
    }

    public async Task<IReadOnlyList<WebChatReply>> SayAsync(string text, string? clientMessageId = null) =>
        await PostAsync(new { text, clientMessageId });

    public async Task<IReadOnlyList<WebChatReply>> ChooseAsync(string choice) => await PostAsync(new { choice });

    /// <summary>Chooses the option of the last reply whose label contains the given words.</summary>
    public async Task<IReadOnlyList<WebChatReply>> ChooseAsync(IReadOnlyList<WebChatReply> previous, string labelContains)
    {
        var choice = previous.SelectMany(r => r.Choices).LastOrDefault(c => c.Label.Contains(labelContains, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No choice containing '{labelContains}' in: {string.Join(" | ", previous.SelectMany(r => r.Choices).Select(c => c.Label))}");
        return await ChooseAsync(choice.Id);
    }

    public async Task<IReadOnlyList<WebChatReply>> GetAsync(long after = 0)
    {
        await StartAsync();
        using var response = await http.SendAsync(Request(HttpMethod.Get, _session!, $"?after={after}"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WebChatReplies>())!.Replies;
    }

    /// <summary>Posts a raw body with this session's token and returns the response as is.</summary>
    public async Task<HttpResponseMessage> PostRawAsync(object body)
    {
        await StartAsync();
        return await http.SendAsync(Request(HttpMethod.Post, _session!, body: body));
    }

    private async Task<IReadOnlyList<WebChatReply>> PostAsync(object body)
    {
        var response = await PostRawAsync(body);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"POST answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<WebChatReplies>())!.Replies;
    }
}

public static class ReplyExtensions
{
    public static string AllText(this IEnumerable<WebChatReply> replies) => string.Join("\n---\n", replies.Select(r => r.Text));
}
