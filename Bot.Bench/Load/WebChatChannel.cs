using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Bench.Load;

/// <summary>
/// Web chat: a server-issued session per chat (POST /api/webchat/sessions), then
/// POST /api/webchat/{id}/messages with its bearer token and a clientMessageId (idempotent, like
/// Telegram's update_id). The POST waits for the turn, so its 200 is both the acknowledgement and the
/// reply; a 202 (turn slower than the wait) is followed by GET ?after=. A failed post is retried
/// with the same id on the next node, as a load balancer in front of several nodes would.
/// </summary>
public sealed class WebChatChannel(HttpClient http, IReadOnlyList<Uri> nodes, string prefix) : IChatChannel
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<string, long> _lastSeq = new();
    private readonly ConcurrentDictionary<int, Session> _sessions = new();

    public string Name => "webchat";

    public string ConversationId(int chat) => $"webchat:{ChatId(chat)}";

    // The host keys the inbox by "{conversation}:{clientMessageId}".
    public string ExternalId(int chat, int update) => $"{ChatId(chat)}:u{update}";

    public async Task<Exchange> ExchangeAsync(int chat, int update, string text, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var session = await SessionAsync(chat, cancellationToken);
        var chatId = session.ConversationId;
        var body = new { text, clientMessageId = $"u{update}" };
        for (var posts = 1; ; posts++)
        {
            var node = nodes[(chat + posts - 1) % nodes.Count];
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node, $"/api/webchat/{chatId}/messages")) { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.Token);
                using var response = await http.SendAsync(request, cancellationToken);
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

    private string ChatId(int chat) => _sessions.TryGetValue(chat, out var session) ? session.ConversationId : $"{prefix}{chat}";

    private async Task<Session> SessionAsync(int chat, CancellationToken cancellationToken)
    {
        if (_sessions.TryGetValue(chat, out var known))
        {
            return known;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var response = await http.PostAsync(new Uri(nodes[chat % nodes.Count], "/api/webchat/sessions"), null, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    return _sessions[chat] = (await response.Content.ReadFromJsonAsync<Session>(s_json, cancellationToken))!;
                }
            }
            catch (HttpRequestException) when (attempt < 20)
            {
                // A node restarting: try again.
            }

            await Task.Delay(Math.Min(500, 50 * attempt), cancellationToken);
        }
    }

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
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node, $"/api/webchat/{chatId}/messages?after={seen}"));
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _sessions.Values.First(s => s.ConversationId == chatId).Token);
                using var response = await http.SendAsync(request, cancellationToken);
                var replies = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ReplyPage>(s_json, cancellationToken) : new ReplyPage([]);
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

    private sealed record Session(string ConversationId, string Token);

    private sealed record ReplyPage(List<Reply> Replies);

    private sealed record Reply(long Seq, string Text);
}
