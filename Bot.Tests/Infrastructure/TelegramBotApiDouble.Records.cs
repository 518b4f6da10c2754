using System.Text.Json.Nodes;

namespace Bot.Tests.Infrastructure;

/// <summary>One request the Telegram Bot API double received, and how it answered.</summary>
public sealed class BotApiCall
{
    /// <summary>The method as called (e.g. "sendMessage"); compare ignoring case, as the Bot API does.</summary>
    public required string Method { get; init; }

    /// <summary>All parameters, from the query string, JSON, url-encoded or multipart body. JSON-valued form fields are parsed.</summary>
    public required IReadOnlyDictionary<string, JsonNode?> Parameters { get; init; }

    /// <summary>chat_id as text ("42", "-100123", "@channel"), if given.</summary>
    public string? ChatId { get; init; }

    /// <summary>text (or caption) exactly as sent, with any HTML markup.</summary>
    public string? Text { get; init; }

    /// <summary>The text as the user sees it: HTML tags removed and entities decoded when parse_mode is HTML.</summary>
    public string? PlainText { get; init; }

    public string? ParseMode { get; init; }

    /// <summary>reply_markup, parsed.</summary>
    public JsonNode? ReplyMarkup { get; init; }

    /// <summary>The uploaded file of a multipart request (sendDocument), if any.</summary>
    public BotApiFile? File { get; init; }

    /// <summary>When the double received it, on its <see cref="TelegramBotApiDouble.Clock"/>.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>200 when it succeeded, else the error code the double answered with.</summary>
    public int StatusCode { get; init; }

    /// <summary>The message id the double gave a sent message, if any.</summary>
    public int? MessageId { get; init; }

    public bool Succeeded => StatusCode == 200;

    /// <summary>The inline keyboard's buttons, row by row flattened: (text, callback_data).</summary>
    public IReadOnlyList<(string Text, string? CallbackData)> InlineButtons =>
        ReplyMarkup?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>())
                .Select(b => ((string?)b["text"] ?? "", (string?)b["callback_data"])).ToList()
            : [];

    /// <summary>A parameter as text (numbers and strings alike).</summary>
    public string? Get(string name) => Parameters.TryGetValue(name, out var value) && value is not null
        ? value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString()
        : null;

    public override string ToString() => $"{Method} chat={ChatId} status={StatusCode} text={Text}";
}

/// <summary>A file uploaded with multipart/form-data.</summary>
public sealed record BotApiFile(string FieldName, string FileName, string? ContentType, byte[] Content);

/// <summary>
/// A scripted error: requests matching <see cref="Method"/> (null = any) and <see cref="ChatId"/>
/// (null = any) get this Bot API error, <see cref="Times"/> times (null = until removed).
/// </summary>
public sealed class BotApiFailure
{
    public string? Method { get; init; }

    public string? ChatId { get; init; }

    public required int ErrorCode { get; init; }

    public required string Description { get; init; }

    /// <summary>parameters.retry_after, as Telegram sends with a 429.</summary>
    public int? RetryAfter { get; init; }

    public int? Times { get; set; }

    internal bool Matches(string method, string? chatId) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (ChatId is null || ChatId == chatId)
        && Times is null or > 0;
}
