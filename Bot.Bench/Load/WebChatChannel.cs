using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Bench.Load;

/// <summary>
/// Web chat: POST /api/webchat/{id}/messages with a clientMessageId (idempotent, like Telegram's
/// update_id). The POST waits for the turn, so its 200 is both the acknowledgement and the
/// reply; a 202 (turn slower than the wait) is followed by GET ?after=. A failed post is retried
/// with the same id on the next node, as a load balancer in front of several nodes would.
/// </summary>
public sealed class WebChatChannel(HttpClient http, IReadOnlyList<Uri> nodes, string prefix) : IChatChannel
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, long> _lastSeq = new();

    public string Name => "webchat";

    public string ConversationId(int chat) => $"webchat:{ChatId(chat)}";

    // The web chat stores clientMessageId as the inbox key of the whole channel, so it must be
    // unique across chats, as the page makes it (a random id).
    public string ExternalId(int chat, int update) => $"{ChatId(chat)}-u{update}";

    public async Task<Exchange> ExchangeAsync(int chat, int update, string text, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var chatId = ChatId(chat);
        var body = new { text, clientMessageId = ExternalId(chat, update) };
        for (var posts = 1; ; posts++)
        {
            var node = nodes[(chat + posts - 1) % nodes.Count];
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri(node, $"/api/webchat/{chatId}/messages"), body, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var acknowledged = Stopwatch.GetElapsedTime(started);
                    var replies = await response.Content.ReadFromJsonAsync<ReplyPage>(s_json, cancellationToken);
                    return Seen(chatId, new Exchange(acknowledged, acknowledged, replies!.Replies.Select(r => r.Seq).ToList(), posts));
                }

                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    var acknowledged = Stopwatch.GetElapsedTime(started);
                    var keys = await PollAsync(node, chatId, cancellationToken);
                    return Seen(chatId, new Exchange(acknowledged, Stopwatch.GetElapsedTime(started), keys, posts));
                }

                if ((int)response.StatusCode is >= 400 and < 500 and not 429 and not 408)
                {
                    throw new InvalidOperationException($"{chatId} u{update}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
            }
            catch (HttpRequestException)
            {
                // The node is down or was killed mid-request: retry, as the platform would.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Timed out: retry.
            }

            await Task.Delay(Math.Min(500, 50 * posts), cancellationToken);
        }
    }

    private string ChatId(int chat) => $"{prefix}{chat}";

    private Exchange Seen(string chatId, Exchange exchange)
    {
        if (exchange.ReplyKeys.Count > 0)
        {
            _lastSeq[chatId] = exchange.ReplyKeys[^1];
        }

        return exchange;
    }

    /// <summary>The replies after the last one this chat has seen; they are this update's (one outstanding per chat).</summary>
    private async Task<IReadOnlyList<long>> PollAsync(Uri node, string chatId, CancellationToken cancellationToken)
    {
        var seen = _lastSeq.GetValueOrDefault(chatId);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{chatId}: no reply after {seen} within 120 s.");
            }

            try
            {
                var replies = await http.GetFromJsonAsync<ReplyPage>(new Uri(node, $"/api/webchat/{chatId}/messages?after={seen}"), s_json, cancellationToken);
                if (replies!.Replies.Count > 0)
                {
                    return replies.Replies.Select(r => r.Seq).ToList();
                }
            }
            catch (HttpRequestException)
            {
                // Retry.
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private sealed record ReplyPage(List<Reply> Replies);

    private sealed record Reply(long Seq, string Text);
}
