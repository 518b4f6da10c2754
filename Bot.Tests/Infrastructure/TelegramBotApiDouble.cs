using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// A stand-in for the Telegram Bot API (https://core.telegram.org/bots/api) on a loopback port,
/// for tests that run the real Telegram.Bot client against it. It answers
/// <c>POST|GET /bot{token}/{method}</c> with the real response shapes (<c>{"ok":true,"result":…}</c>
/// and <c>{"ok":false,"error_code":…,"description":…,"parameters":{"retry_after":…}}</c>), applies
/// the checks the real API makes that a bot most often trips over (empty or over-long text,
/// HTML that does not parse, callback data over 64 bytes, files over 50 MB, getUpdates while a
/// webhook is set), records every call, serves queued updates to getUpdates, and lets a test
/// script failures per method and per chat.
/// </summary>
public sealed partial class TelegramBotApiDouble : IAsyncDisposable
{
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Lock _lock = new();
    private readonly List<BotApiCall> _calls = [];
    private readonly List<BotApiFailure> _failures = [];
    private readonly List<JsonObject> _updates = [];
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);
    private WebApplication? _app;
    private int _nextMessageId = 100;
    private int _inTransit;
    private int _mostInTransit;
    private readonly HashSet<string> _chatsInTransit = [];

    private TelegramBotApiDouble(string token)
    {
        Token = token;
        BotId = long.Parse(token.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The bot token the double accepts; other tokens get 401 Unauthorized.</summary>
    public string Token { get; }

    public long BotId { get; }

    public string BotUserName { get; init; } = "pst_test_bot";

    /// <summary>http://127.0.0.1:{port}, the value for Telegram:ApiBaseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Stamps <see cref="BotApiCall.At"/>; set it to the host's fake clock to see when sends happened.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// A round trip for sendMessage and sendDocument on <see cref="Clock"/>: the time before the
    /// message "arrives" (when <see cref="BotApiCall.At"/> is stamped) and the time after it until
    /// the answer, drawn per call. Null: answer at once.
    /// </summary>
    public Func<(TimeSpan ToArrival, TimeSpan ToAnswer)>? Latency { get; set; }

    /// <summary>Sends waiting out their <see cref="Latency"/> now.</summary>
    public int InTransit => Volatile.Read(ref _inTransit);

    /// <summary>The most sends that were in transit at one time.</summary>
    public int MostInTransit => Volatile.Read(ref _mostInTransit);

    /// <summary>Whether two sends to one chat were ever in transit at the same time.</summary>
    public bool OverlapWithinAChat { get; private set; }

    /// <summary>The webhook as last set by setWebhook (null after deleteWebhook).</summary>
    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    public IReadOnlyList<string> WebhookAllowedUpdates { get; private set; } = [];

    /// <summary>Every call so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<BotApiCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return _calls.ToList();
            }
        }
    }

    /// <summary>Queued updates not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdates
    {
        get
        {
            lock (_lock)
            {
                return _updates.Count;
            }
        }
    }

    public static async Task<TelegramBotApiDouble> StartAsync(string token = "123:TEST", CancellationToken cancellationToken = default)
    {
        var api = new TelegramBotApiDouble(token);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = MaxUploadBytes + (10 * 1024 * 1024);
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes + (10 * 1024 * 1024));
        var app = builder.Build();
        app.Run(api.HandleAsync);
        await app.StartAsync(cancellationToken);
        api._app = app;
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.BaseUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return api;
    }

    /// <summary>Calls of one method (ignoring case), optionally to one chat.</summary>
    public IReadOnlyList<BotApiCall> CallsTo(string method, string? chatId = null) =>
        Calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase) && (chatId is null || c.ChatId == chatId)).ToList();

    /// <summary>
    /// Waits until at least <paramref name="count"/> matching calls have arrived, and returns them.
    /// The timeout only stops a broken test from hanging; it asserts nothing about timing.
    /// </summary>
    public async Task<IReadOnlyList<BotApiCall>> WaitForCallsAsync(string method, int count = 1, string? chatId = null, Func<BotApiCall, bool>? where = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var matching = CallsTo(method, chatId).Where(where ?? (_ => true)).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected {count} {method} call(s){(chatId is null ? "" : " to " + chatId)}, got {matching.Count}. Calls: {string.Join("; ", Calls)}");
            }

            await _changed.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>Queues an update (a Bot API Update object with update_id) for getUpdates.</summary>
    public void EnqueueUpdate(string updateJson)
    {
        var update = JsonNode.Parse(updateJson) as JsonObject ?? throw new ArgumentException("An update must be a JSON object.", nameof(updateJson));
        if (update["update_id"] is null)
        {
            throw new ArgumentException("An update needs an update_id.", nameof(updateJson));
        }

        lock (_lock)
        {
            _updates.Add(update);
        }

        _changed.Release();
    }

    /// <summary>Adds a scripted failure; it applies before any other check.</summary>
    public BotApiFailure Fail(BotApiFailure failure)
    {
        lock (_lock)
        {
            _failures.Add(failure);
        }

        return failure;
    }

    /// <summary>The next <paramref name="times"/> calls of the method get 429 with retry_after.</summary>
    public BotApiFailure RespondTooManyRequests(string method, int retryAfterSeconds, string? chatId = null, int times = 1) =>
        Fail(new BotApiFailure
        {
            Method = method,
            ChatId = chatId,
            ErrorCode = 429,
            Description = $"Too Many Requests: retry after {retryAfterSeconds}",
            RetryAfter = retryAfterSeconds,
            Times = times,
        });

    /// <summary>From now on every call to the chat gets 403, as when the user has blocked the bot.</summary>
    public BotApiFailure BlockChat(string chatId) =>
        Fail(new BotApiFailure { ChatId = chatId, ErrorCode = 403, Description = "Forbidden: bot was blocked by the user" });

    public void RemoveFailure(BotApiFailure failure)
    {
        lock (_lock)
        {
            _failures.Remove(failure);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _changed.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash <= 4)
        {
            await WriteAsync(context, 404, Error(404, "Not Found"));
            return;
        }

        var token = path[4..slash];
        var method = path[(slash + 1)..];
        if (token != Token)
        {
            await WriteAsync(context, 401, Error(401, "Unauthorized"));
            return;
        }

        BotApiRequest request;
        try
        {
            request = await BotApiRequest.ReadAsync(context.Request, context.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
        {
            await WriteAsync(context, 400, Error(400, "Bad Request: can't parse request: " + e.Message));
            return;
        }

        var latency = Latency is { } draw && method is "sendMessage" or "sendDocument" ? draw() : ((TimeSpan, TimeSpan)?)null;
        var chat = request.Get("chat_id") ?? "";
        if (latency is { } toArrival)
        {
            EnterTransit(chat);
            await Task.Delay(toArrival.Item1, Clock, context.RequestAborted);
        }

        var (status, body, messageId, plain) = await AnswerAsync(method, request, context.RequestAborted);
        var call = new BotApiCall
        {
            Method = method,
            Parameters = request.Parameters,
            ChatId = request.Get("chat_id"),
            Text = request.Get("text") ?? request.Get("caption"),
            PlainText = plain,
            ParseMode = request.Get("parse_mode"),
            ReplyMarkup = request.Parameters.GetValueOrDefault("reply_markup"),
            File = request.File,
            At = Clock.GetUtcNow(),
            StatusCode = status,
            MessageId = messageId,
        };
        lock (_lock)
        {
            _calls.Add(call);
        }

        _changed.Release();
        if (latency is { } toAnswer)
        {
            await Task.Delay(toAnswer.Item2, Clock, context.RequestAborted);
            LeaveTransit(chat);
        }

        await WriteAsync(context, status == 200 ? 200 : status, body);
    }

    private void EnterTransit(string chat)
    {
        lock (_lock)
        {
            OverlapWithinAChat |= !_chatsInTransit.Add(chat);
            _inTransit++;
            _mostInTransit = Math.Max(_mostInTransit, _inTransit);
        }
    }

    private void LeaveTransit(string chat)
    {
        lock (_lock)
        {
            _chatsInTransit.Remove(chat);
            _inTransit--;
        }
    }

    private async Task<(int Status, JsonObject Body, int? MessageId, string? PlainText)> AnswerAsync(string method, BotApiRequest request, CancellationToken cancellationToken)
    {
        var chatId = request.Get("chat_id");
        lock (_lock)
        {
            var failure = _failures.FirstOrDefault(f => f.Matches(method, chatId));
            if (failure is not null)
            {
                if (failure.Times is not null)
                {
                    failure.Times--;
                }

                var error = Error(failure.ErrorCode, failure.Description);
                if (failure.RetryAfter is { } after)
                {
                    error["parameters"] = new JsonObject { ["retry_after"] = after };
                }

                return (failure.ErrorCode, error, null, null);
            }
        }

        switch (method.ToLowerInvariant())
        {
            case "getme":
                return Ok(BotUser());
            case "getupdates":
                return await GetUpdatesAsync(request, cancellationToken);
            case "setwebhook":
                lock (_lock)
                {
                    WebhookUrl = request.Get("url");
                    WebhookSecret = request.Get("secret_token");
                    WebhookAllowedUpdates = request.Parameters.GetValueOrDefault("allowed_updates") is JsonArray allowed
                        ? allowed.Select(a => (string?)a ?? "").ToList()
                        : [];
                }

                return Ok(true);
            case "deletewebhook":
                lock (_lock)
                {
                    WebhookUrl = null;
                    WebhookSecret = null;
                    if (request.Get("drop_pending_updates") == "true")
                    {
                        _updates.Clear();
                    }
                }

                return Ok(true);
            case "setmycommands":
                return request.Parameters.GetValueOrDefault("commands") is JsonArray commands
                    && commands.All(c => c is JsonObject o && ((string?)o["command"] ?? "") is { Length: >= 1 and <= 32 } name
                        && name.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
                        && ((string?)o["description"] ?? "") is { Length: >= 1 and <= 256 })
                    ? Ok(true)
                    : BadRequest("BOT_COMMANDS_INVALID");
            case "answercallbackquery":
                return string.IsNullOrEmpty(request.Get("callback_query_id")) ? BadRequest("QUERY_ID_INVALID") : Ok(true);
            case "sendchataction":
                return chatId is null ? BadRequest("chat_id is empty") : Ok(true);
            case "sendmessage":
                return SendMessage(request, chatId);
            case "editmessagetext":
                return EditMessage(request, chatId, editText: true);
            case "editmessagereplymarkup":
                return EditMessage(request, chatId, editText: false);
            case "senddocument":
                return SendDocument(request, chatId);
            default:
                return (404, Error(404, "Not Found: method not found"), null, null);
        }
    }

    private (int, JsonObject, int?, string?) SendMessage(BotApiRequest request, string? chatId)
    {
        if (chatId is null)
        {
            return BadRequest("chat_id is empty");
        }

        var parsed = ParseText(request.Get("text"), request.Get("parse_mode"), maxLength: 4096, emptyError: "message text is empty", tooLongError: "message is too long");
        if (parsed.Error is { } error)
        {
            return BadRequest(error);
        }

        if (CheckMarkup(request) is { } markupError)
        {
            return BadRequest(markupError);
        }

        var message = NewMessage(chatId);
        message["text"] = parsed.Plain;
        CopyMarkup(request, message);
        return (200, Envelope(message), (int)message["message_id"]!, parsed.Plain);
    }

    private (int, JsonObject, int?, string?) EditMessage(BotApiRequest request, string? chatId, bool editText)
    {
        if (request.Get("inline_message_id") is not null)
        {
            return Ok(true);
        }

        if (chatId is null || !int.TryParse(request.Get("message_id"), out var messageId))
        {
            return BadRequest("message to edit not found");
        }

        string? plain = null;
        if (editText)
        {
            var parsed = ParseText(request.Get("text"), request.Get("parse_mode"), 4096, "message text is empty", "MESSAGE_TOO_LONG");
            if (parsed.Error is { } error)
            {
                return BadRequest(error);
            }

            plain = parsed.Plain;
        }

        if (CheckMarkup(request) is { } markupError)
        {
            return BadRequest(markupError);
        }

        var message = NewMessage(chatId, messageId);
        if (plain is not null)
        {
            message["text"] = plain;
        }

        CopyMarkup(request, message);
        return (200, Envelope(message), messageId, plain);
    }

    private (int, JsonObject, int?, string?) SendDocument(BotApiRequest request, string? chatId)
    {
        if (chatId is null)
        {
            return BadRequest("chat_id is empty");
        }

        if (request.File is null && string.IsNullOrEmpty(request.Get("document")))
        {
            return BadRequest("there is no document in the request");
        }

        if (request.File is { } file && file.Content.LongLength > MaxUploadBytes)
        {
            return (413, Error(413, "Request Entity Too Large"), null, null);
        }

        var caption = ParseText(request.Get("caption"), request.Get("parse_mode"), 1024, null, "message caption is too long");
        if (caption.Error is { } error)
        {
            return BadRequest(error);
        }

        if (CheckMarkup(request) is { } markupError)
        {
            return BadRequest(markupError);
        }

        var message = NewMessage(chatId);
        var fileId = "BQAC" + Guid.NewGuid().ToString("N");
        message["document"] = new JsonObject
        {
            ["file_id"] = fileId,
            ["file_unique_id"] = fileId[..16],
            ["file_name"] = request.File?.FileName,
            ["mime_type"] = request.File?.ContentType ?? "application/octet-stream",
            ["file_size"] = request.File?.Content.LongLength,
        };
        if (!string.IsNullOrEmpty(caption.Plain))
        {
            message["caption"] = caption.Plain;
        }

        CopyMarkup(request, message);
        return (200, Envelope(message), (int)message["message_id"]!, caption.Plain);
    }

    private async Task<(int, JsonObject, int?, string?)> GetUpdatesAsync(BotApiRequest request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (WebhookUrl is not null)
            {
                return (409, Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"), null, null);
            }
        }

        var offset = long.TryParse(request.Get("offset"), out var o) ? o : (long?)null;
        var limit = int.TryParse(request.Get("limit"), out var l) && l is >= 1 and <= 100 ? l : 100;
        var timeout = int.TryParse(request.Get("timeout"), out var t) ? Math.Max(0, t) : 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(timeout);
        while (true)
        {
            JsonArray result;
            lock (_lock)
            {
                // An offset confirms every update before it: they are forgotten, as Telegram does.
                if (offset is { } first)
                {
                    _updates.RemoveAll(u => (long)u["update_id"]! < first);
                }

                result = new JsonArray(_updates.OrderBy(u => (long)u["update_id"]!).Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray());
            }

            var left = deadline - DateTime.UtcNow;
            if (result.Count > 0 || left <= TimeSpan.Zero)
            {
                return Ok(result);
            }

            try
            {
                await Task.Delay(left < TimeSpan.FromMilliseconds(50) ? left : TimeSpan.FromMilliseconds(50), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return Ok(new JsonArray());
            }
        }
    }

    private JsonObject NewMessage(string chatId, int? messageId = null)
    {
        var id = messageId ?? Interlocked.Increment(ref _nextMessageId);
        var numeric = long.TryParse(chatId, out var n);
        JsonObject chat = numeric && n > 0
            ? new JsonObject { ["id"] = n, ["first_name"] = "User", ["type"] = "private" }
            : new JsonObject { ["id"] = numeric ? n : -1001000000001, ["title"] = "Group", ["type"] = "supergroup" };
        return new JsonObject
        {
            ["message_id"] = id,
            ["from"] = BotUser(),
            ["chat"] = chat,
            ["date"] = Clock.GetUtcNow().ToUnixTimeSeconds(),
        };
    }

    private JsonObject BotUser() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "PST Test Bot",
        ["username"] = BotUserName,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
    };

    private static string? CheckMarkup(BotApiRequest request)
    {
        if (!request.Parameters.TryGetValue("reply_markup", out var markup) || markup is null)
        {
            return null;
        }

        if (markup is not JsonObject)
        {
            return "can't parse reply keyboard markup JSON object";
        }

        if (markup["inline_keyboard"] is JsonArray rows)
        {
            foreach (var button in rows.OfType<JsonArray>().SelectMany(r => r))
            {
                if (button?["text"] is null || ((string?)button["text"])!.Length == 0)
                {
                    return "BUTTON_TEXT_INVALID";
                }

                if (button["callback_data"] is { } data && Encoding.UTF8.GetByteCount((string?)data ?? "") is < 1 or > 64)
                {
                    return "BUTTON_DATA_INVALID";
                }
            }
        }

        return null;
    }

    private static void CopyMarkup(BotApiRequest request, JsonObject message)
    {
        // Messages carry only inline keyboards back; reply keyboards live on the client.
        if (request.Parameters.GetValueOrDefault("reply_markup") is JsonObject { } markup && markup["inline_keyboard"] is not null)
        {
            message["reply_markup"] = markup.DeepClone();
        }
    }

    private static (string? Plain, string? Error) ParseText(string? text, string? parseMode, int maxLength, string? emptyError, string tooLongError)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (text, emptyError);
        }

        var plain = text;
        if (string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            var (html, error) = TelegramHtml.ToPlainText(text);
            if (error is not null)
            {
                return (null, "can't parse entities: " + error);
            }

            plain = html;
        }

        if (plain!.Trim().Length == 0 && emptyError is not null)
        {
            return (null, emptyError);
        }

        return plain.Length > maxLength ? (null, tooLongError) : (plain, null);
    }

    private static (int, JsonObject, int?, string?) Ok(JsonNode result) => (200, Envelope(result), null, null);

    private static (int, JsonObject, int?, string?) BadRequest(string description) => (400, Error(400, "Bad Request: " + description), null, null);

    private static JsonObject Envelope(JsonNode result) => new() { ["ok"] = true, ["result"] = result };

    private static JsonObject Error(int code, string description) => new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(s_json));
    }
}
