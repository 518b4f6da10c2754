using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Bench.Load;

/// <summary>
/// A small, fast Telegram Bot API stand-in for the load driver (Kestrel on 127.0.0.1, port 0).
/// It answers <c>/bot{token}/{method}</c> with the real envelope (<c>{"ok":true,"result":…}</c>)
/// for what the host calls (getMe, setMyCommands, setWebhook, deleteWebhook, sendChatAction,
/// answerCallbackQuery, sendMessage, sendDocument), and records every message sent to a chat
/// with the time it arrived. Unlike the test double in Bot.Tests it checks nothing about the
/// text: it only has to keep up with the host and say when a chat got a message.
/// </summary>
public sealed class BotApiDouble : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, ChatSends> _chats = new();
    private WebApplication? _app;
    private int _nextMessageId;
    private int _nextUpdateId;

    private readonly Lock _windowLock = new();
    private readonly Queue<long> _window = new();
    private int _tooManyRequests;

    private BotApiDouble(string token) => Token = token;

    /// <summary>Added to every call, half before the call "arrives" (is handled) and half after, as a link to Telegram's servers adds it.</summary>
    public TimeSpan RoundTrip { get; init; }

    /// <summary>Messages a second Telegram accepts over all chats; above it the double answers 429 with retry_after, as Telegram does. 0: no limit.</summary>
    public int MessagesPerSecond { get; init; }

    /// <summary>Messages refused with 429 because more than <see cref="MessagesPerSecond"/> arrived within one second.</summary>
    public int TooManyRequests => Volatile.Read(ref _tooManyRequests);

    public string Token { get; }

    /// <summary>http://127.0.0.1:{port}, the value for Telegram:ApiBaseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Messages (sendMessage and sendDocument) received for all chats.</summary>
    public int MessagesSent => _chats.Values.Sum(c => c.Count);

    public static async Task<BotApiDouble> StartAsync(string token, CancellationToken cancellationToken = default, TimeSpan roundTrip = default, int messagesPerSecond = 0)
    {
        var api = new BotApiDouble(token) { RoundTrip = roundTrip, MessagesPerSecond = messagesPerSecond };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        // The double's work per call is a few microseconds: run it on the socket's own thread
        // rather than queueing it in the thread pool, so the double answers as soon as it is
        // scheduled and its own queueing does not count in the host's send time.
        builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = true);
        var app = builder.Build();
        app.Run(api.HandleAsync);
        await app.StartAsync(cancellationToken);
        api._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.BaseUrl = address.TrimEnd('/');
        return api;
    }

    /// <summary>A fresh update_id (Telegram numbers updates per bot, increasing).</summary>
    public int NextUpdateId() => Interlocked.Increment(ref _nextUpdateId);

    /// <summary>The messages one chat has received so far.</summary>
    public ChatSends Chat(long chatId) => _chats.GetOrAdd(chatId, _ => new ChatSends());

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        // /bot{token}/{method}
        var path = context.Request.Path.Value ?? "";
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 4)
        {
            await WriteAsync(context, 404, Error(404, "Not Found"));
            return;
        }

        if (path[4..slash] != Token)
        {
            await WriteAsync(context, 401, Error(401, "Unauthorized"));
            return;
        }

        var method = path[(slash + 1)..].ToLowerInvariant();
        var chatId = await ReadChatIdAsync(context.Request, context.RequestAborted);
        if (RoundTrip > TimeSpan.Zero)
        {
            await Task.Delay(RoundTrip / 2, context.RequestAborted);
            context.Response.OnStarting(() => Task.Delay(RoundTrip / 2));
        }

        if (method is "sendmessage" or "senddocument" && !Admit())
        {
            Interlocked.Increment(ref _tooManyRequests);
            var refused = Error(429, "Too Many Requests: retry after 1");
            refused["parameters"] = new JsonObject { ["retry_after"] = 1 };
            await WriteAsync(context, 429, refused);
            return;
        }

        JsonNode result;
        switch (method)
        {
            case "getme":
                result = new JsonObject { ["id"] = BotId(), ["is_bot"] = true, ["first_name"] = "PST Load Bot", ["username"] = "pst_load_bot" };
                break;
            case "setmycommands" or "setwebhook" or "deletewebhook" or "sendchataction" or "answercallbackquery":
                result = true;
                break;
            case "sendmessage" when chatId is { } chat:
                await WriteSentAsync(context, chat);
                return;
            case "senddocument" when chatId is { } chat:
                result = Record(chat, document: true);
                break;
            case "sendmessage" or "senddocument":
                await WriteAsync(context, 400, Error(400, "Bad Request: chat_id is empty"));
                return;
            default:
                await WriteAsync(context, 404, Error(404, "Not Found: method not found"));
                return;
        }

        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
    }

    /// <summary>
    /// A sendMessage answer, written without a JSON tree: this is the call the load makes most
    /// (one per message), and the driver's CPU shares the machine with the host it measures.
    /// </summary>
    private Task WriteSentAsync(HttpContext context, long chatId)
    {
        var id = Interlocked.Increment(ref _nextMessageId);
        Chat(chatId).Add(id, Stopwatch.GetTimestamp());
        var body = string.Create(CultureInfo.InvariantCulture,
            $$$"""{"ok":true,"result":{"message_id":{{{id}}},"from":{"id":{{{BotId()}}},"is_bot":true,"first_name":"PST Load Bot"},"chat":{"id":{{{chatId}}},"first_name":"Load","type":"private"},"date":{{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"text":"."}}""");
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, 0, bytes.Length, context.RequestAborted);
    }

    private JsonObject Record(long chatId, bool document)
    {
        var id = Interlocked.Increment(ref _nextMessageId);
        Chat(chatId).Add(id, Stopwatch.GetTimestamp());
        var message = new JsonObject
        {
            ["message_id"] = id,
            ["from"] = new JsonObject { ["id"] = BotId(), ["is_bot"] = true, ["first_name"] = "PST Load Bot" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["first_name"] = "Load", ["type"] = "private" },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        if (document)
        {
            message["document"] = new JsonObject { ["file_id"] = $"doc{id}", ["file_unique_id"] = $"u{id}" };
        }
        else
        {
            // The client only needs a valid Message; the text is not used by the driver.
            message["text"] = ".";
        }

        return message;
    }

    /// <summary>Whether a message arriving now keeps within <see cref="MessagesPerSecond"/> in the last second (a refused one does not count).</summary>
    private bool Admit()
    {
        if (MessagesPerSecond <= 0)
        {
            return true;
        }

        lock (_windowLock)
        {
            var now = Stopwatch.GetTimestamp();
            while (_window.TryPeek(out var first) && Stopwatch.GetElapsedTime(first, now) >= TimeSpan.FromSeconds(1))
            {
                _window.Dequeue();
            }

            if (_window.Count >= MessagesPerSecond)
            {
                return false;
            }

            _window.Enqueue(now);
            return true;
        }
    }

    private long BotId() => long.Parse(Token.Split(':')[0], CultureInfo.InvariantCulture);

    /// <summary>chat_id from a JSON body (Telegram.Bot's usual encoding) or a form (file uploads).</summary>
    private static async Task<long?> ReadChatIdAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return long.TryParse(form["chat_id"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) ? f : null;
        }

        if (request.ContentLength is 0 || !(request.ContentType ?? "").Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        return FindChatId(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    /// <summary>The top-level chat_id of a JSON object, as a number or a numeric string; null if absent or malformed.</summary>
    private static long? FindChatId(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isChat = reader.ValueTextEquals("chat_id"u8);
                reader.Read();
                if (isChat)
                {
                    return reader.TokenType switch
                    {
                        JsonTokenType.Number when reader.TryGetInt64(out var n) => n,
                        JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
                        _ => null,
                    };
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject Error(int code, string description) =>
        new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

    private static Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }
}

/// <summary>The messages one chat received, in arrival order, and a signal for the next one.</summary>
public sealed class ChatSends
{
    private readonly Lock _lock = new();
    private readonly List<(int MessageId, long Timestamp)> _sends = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _sends.Count;
            }
        }
    }

    public void Add(int messageId, long timestamp)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _sends.Add((messageId, timestamp));
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
    }

    /// <summary>The messages after the first <paramref name="skip"/>.</summary>
    public IReadOnlyList<(int MessageId, long Timestamp)> After(int skip)
    {
        lock (_lock)
        {
            return _sends.Skip(skip).ToList();
        }
    }

    /// <summary>Completes when the chat has more than <paramref name="count"/> messages (at once if it already has).</summary>
    public Task MoreThanAsync(int count)
    {
        lock (_lock)
        {
            return _sends.Count > count ? Task.CompletedTask : _changed.Task;
        }
    }
}
