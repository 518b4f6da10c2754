using System.Net;
using System.Net.Http.Json;
using Bot.Host.Channels.WebChat;

namespace Bot.Tests.Infrastructure;

/// <summary>Talks to the web chat API as the page does.</summary>
public sealed class WebChatClient(HttpClient http, string? conversationId = null)
{
    public string ConversationId { get; } = conversationId ?? "t" + Guid.NewGuid().ToString("N")[..16];

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
        var response = await http.GetFromJsonAsync<WebChatReplies>($"/api/webchat/{ConversationId}/messages?after={after}");
        return response!.Replies;
    }

    private async Task<IReadOnlyList<WebChatReply>> PostAsync(object body)
    {
        var response = await http.PostAsJsonAsync($"/api/webchat/{ConversationId}/messages", body);
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
