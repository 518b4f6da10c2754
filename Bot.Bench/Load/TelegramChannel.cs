using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Bench.Load;

/// <summary>
/// Telegram as the platform plays it: each update of a private chat is POSTed to
/// /webhooks/telegram with the secret header and retried (same update_id, next node) until a
/// 200, whose time is the acknowledgement. The replies arrive at the <see cref="BotApiDouble"/>
/// as sendMessage calls. A turn may send several messages, and the host gives no "turn done"
/// signal to a Telegram client, so an update counts as answered when at least one new message
/// reached its chat and then none for <see cref="QuietWindow"/>; end-to-end is measured to the
/// last of those messages (the quiet wait itself is not counted). A message that comes later
/// than the window is counted for the chat's next update: it shifts one latency sample, it does
/// not lose a reply (the storage check after the run is the authority on replies).
/// </summary>
public sealed class TelegramChannel(HttpClient http, IReadOnlyList<Uri> nodes, BotApiDouble api, string secret, long firstChatId) : IChatChannel
{
    /// <summary>How long a chat must stay quiet after a reply before the turn counts as finished.</summary>
    public static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentDictionary<(int Chat, int Update), int> _updateIds = new();

    public string Name => "telegram";

    public string ConversationId(int chat) => $"telegram:{ChatId(chat).ToString(CultureInfo.InvariantCulture)}";

    public string ExternalId(int chat, int update) =>
        UpdateId(chat, update).ToString(CultureInfo.InvariantCulture);

    public long ChatId(int chat) => firstChatId + chat;

    public async Task<Exchange> ExchangeAsync(int chat, int update, string text, CancellationToken cancellationToken)
    {
        var chatId = ChatId(chat);
        var sends = api.Chat(chatId);
        var before = sends.Count;
        var started = Stopwatch.GetTimestamp();
        var body = Update(UpdateId(chat, update), chatId, update, text);
        for (var posts = 1; ; posts++)
        {
            var node = nodes[(chat + posts - 1) % nodes.Count];
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node, "/webhooks/telegram"))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var acknowledged = Stopwatch.GetElapsedTime(started);
                    var replies = await RepliesAsync(sends, before, chatId, cancellationToken);
                    var endToEnd = Stopwatch.GetElapsedTime(started, replies[^1].Timestamp);
                    return new Exchange(acknowledged, endToEnd, replies.Select(r => (long)r.MessageId).ToList(), posts);
                }

                if ((int)response.StatusCode is >= 400 and < 500 and not 429 and not 408)
                {
                    throw new InvalidOperationException($"telegram chat {chatId} u{update}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
            }
            catch (HttpRequestException)
            {
                // The node is down or was killed mid-request: Telegram retries, so do we.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Timed out: retry.
            }

            await Task.Delay(Math.Min(500, 50 * posts), cancellationToken);
        }
    }

    /// <summary>
    /// Posts the chat's <paramref name="updates"/> updates one after another without waiting for
    /// replies (a backlog), then waits until a reply per update has arrived and the chat is quiet.
    /// Reply i is counted for update i (a turn's replies are joined into one message); end-to-end
    /// runs from the first post.
    /// </summary>
    public async Task<IReadOnlyList<Exchange>> BacklogAsync(int chat, int updates, CancellationToken cancellationToken)
    {
        var chatId = ChatId(chat);
        var sends = api.Chat(chatId);
        var before = sends.Count;
        var started = Stopwatch.GetTimestamp();
        var acknowledged = new List<(TimeSpan At, int Posts)>();
        for (var update = 0; update < updates; update++)
        {
            var body = Update(UpdateId(chat, update), chatId, update, ChatScript.Line(chat, update));
            for (var posts = 1; ; posts++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(nodes[(chat + posts - 1) % nodes.Count], "/webhooks/telegram"))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    acknowledged.Add((Stopwatch.GetElapsedTime(started), posts));
                    break;
                }

                await Task.Delay(50, cancellationToken);
            }
        }

        while (sends.Count < before + updates)
        {
            await sends.MoreThanAsync(sends.Count).WaitAsync(TimeSpan.FromSeconds(120), cancellationToken);
        }

        var replies = await RepliesAsync(sends, before, chatId, cancellationToken);
        return Enumerable.Range(0, updates).Select(i =>
        {
            var mine = i < updates - 1 ? replies.Skip(i).Take(1) : replies.Skip(i);
            var last = mine.Last();
            return new Exchange(acknowledged[i].At, Stopwatch.GetElapsedTime(started, last.Timestamp), mine.Select(r => (long)r.MessageId).ToList(), acknowledged[i].Posts);
        }).ToList();
    }

    private int UpdateId(int chat, int update) => _updateIds.GetOrAdd((chat, update), _ => api.NextUpdateId());

    /// <summary>Waits for a first new message, then until the chat has been quiet for the window.</summary>
    private static async Task<IReadOnlyList<(int MessageId, long Timestamp)>> RepliesAsync(ChatSends sends, int before, long chatId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        try
        {
            while (sends.Count <= before)
            {
                await sends.MoreThanAsync(before).WaitAsync(timeout.Token);
            }

            while (true)
            {
                var seen = sends.Count;
                var more = sends.MoreThanAsync(seen);
                if (await Task.WhenAny(more, Task.Delay(QuietWindow, timeout.Token)) != more)
                {
                    return sends.After(before);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"telegram chat {chatId}: no reply within 120 s.");
        }
    }

    /// <summary>A private-chat text message update, as Telegram posts it.</summary>
    private static string Update(int updateId, long chatId, int update, string text) => new JsonObject
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = update + 1,
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Load", ["language_code"] = "id" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["first_name"] = "Load", ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = text,
        },
    }.ToJsonString();
}
