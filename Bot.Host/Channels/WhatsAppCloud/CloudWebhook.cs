using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// Meta's webhook for the Cloud API: the GET verification handshake, and signed POSTs carrying
/// messages (stored in the inbox before the 200) and delivery statuses.
/// </summary>
internal static partial class CloudWebhook
{
    public const int MaxBodyBytes = 512 * 1024;

    [GeneratedRegex("^[A-Za-z0-9:_.-]{1,64}$")]
    private static partial Regex ChoicePattern();

    public static IResult Verify(HttpRequest request, IOptions<CloudOptions> options)
    {
        var query = request.Query;
        var token = query["hub.verify_token"].ToString();
        var expected = options.Value.VerifyToken;
        var tokenOk = token.Length == expected.Length
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(expected));
        if (query["hub.mode"] != "subscribe" || !tokenOk || expected.Length == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Verification refused", detail: "hub.mode must be subscribe and hub.verify_token must match MetaWhatsApp:VerifyToken.");
        }

        return Results.Text(query["hub.challenge"].ToString(), "text/plain");
    }

    public static async Task<IResult> ReceiveAsync(
        HttpRequest request,
        CloudSignature signature,
        InboxWriter inbox,
        BotDbContext db,
        PersonalData personal,
        CloudMediaFetcher media,
        WorkSignals signals,
        OutboxJournal journal,
        CloudFailures failures,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(CloudWebhook));
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null || !signature.IsValid(body, request.Headers[CloudSignature.Header].FirstOrDefault()))
        {
            LogBadSignature(logger);
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid signature", detail: "The X-Hub-Signature-256 header is missing or does not match this body.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: "The body is not UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: "The body is not JSON.");
        }

        using (document)
        {
            var (messages, statuses) = CloudPayload.Read(document.RootElement);
            foreach (var message in messages)
            {
                await StoreAsync(message, inbox, db, personal, media, signals, journal, clock, logger, cancellationToken);
            }

            foreach (var status in statuses)
            {
                await failures.RecordStatusAsync(db, status, cancellationToken);
            }
        }

        return Results.Ok();
    }

    private static async Task StoreAsync(
        CloudInboundMessage message,
        InboxWriter inbox,
        BotDbContext db,
        PersonalData personal,
        CloudMediaFetcher media,
        WorkSignals signals,
        OutboxJournal journal,
        TimeProvider clock,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        if (message.Id.Length > 128 || PhoneNumbers.ToE164("+" + message.From) is not { } e164 || !message.From.All(char.IsAsciiDigit))
        {
            LogUnreadable(logger, message.Type);
            return;
        }

        if (message.Type == "reaction")
        {
            // An emoji on an earlier message asks nothing of the bot.
            return;
        }

        // A repeated wamid (Meta retries until it sees a 200) is answered without fetching its media again.
        if (await db.Inbox.AsNoTracking().AnyAsync(m => m.Channel == ChannelNames.WhatsApp && m.ExternalId == message.Id, cancellationToken))
        {
            return;
        }

        var inbound = new Inbound(ChannelNames.WhatsApp, personal.Hash(e164), message.Id, clock.GetUtcNow())
        {
            Sender = new SenderProfile(message.ProfileName is { Length: > 0 } name ? name[..Math.Min(name.Length, 128)] : null, null, null, null),
        };
        inbound = await MapAsync(inbound, message, media, cancellationToken);

        // The user writing opens the window: held replies go out first, in their order, before
        // this turn's replies (HeldReplies).
        var conversationId = ConversationRecord.MakeId(ChannelNames.WhatsApp, inbound.ConversationKey);
        await HeldReplies.ReleaseAsync(db, journal, signals, conversationId, clock.GetUtcNow(), cancellationToken);
        await inbox.WriteAsync(inbound, personal.Protect(CloudAddress.For(e164)), cancellationToken);
    }

    private static async Task<Inbound> MapAsync(Inbound inbound, CloudInboundMessage message, CloudMediaFetcher media, CancellationToken cancellationToken)
    {
        var m = message.Message;
        switch (message.Type)
        {
            case "text":
                return inbound with { Text = Clip(CloudPayload.Object(m, "text") is { } t ? CloudPayload.String(t, "body") : null) };
            case "interactive":
                return CloudPayload.Object(m, "interactive") is { } interactive
                    ? Choice(inbound, CloudPayload.Object(interactive, "button_reply") ?? CloudPayload.Object(interactive, "list_reply"))
                    : inbound;
            case "button":
                // A quick-reply button of a template: its payload is the choice id, as on Twilio.
                return CloudPayload.Object(m, "button") is { } button
                    ? inbound with { ChoiceId = ValidChoice(CloudPayload.String(button, "payload")), Text = Clip(CloudPayload.String(button, "text")) }
                    : inbound;
            case "document" or "image" or "audio" or "video" or "sticker":
                if (CloudPayload.Object(m, message.Type) is not { } file)
                {
                    return inbound;
                }

                var attachment = await media.FetchAsync(file, message.Type, cancellationToken);
                return inbound with { Text = Clip(CloudPayload.String(file, "caption")), Attachments = [attachment] };
            case "location":
                return CloudPayload.Object(m, "location") is { } location ? inbound with { Text = Clip(Location(location)) } : inbound;
            default:
                // "unsupported", contacts, and types added later: stored with no text, so the
                // dialog answers as it does to anything it cannot read.
                return inbound;
        }
    }

    private static Inbound Choice(Inbound inbound, JsonElement? reply)
    {
        if (reply is not { } r)
        {
            return inbound;
        }

        var id = ValidChoice(CloudPayload.String(r, "id"));
        return id is not null ? inbound with { ChoiceId = id } : inbound with { Text = Clip(CloudPayload.String(r, "title")) };
    }

    private static string? ValidChoice(string? id) => id is not null && ChoicePattern().IsMatch(id) ? id : null;

    private static string Location(JsonElement location)
    {
        var lat = CloudPayload.Double(location, "latitude");
        var lon = CloudPayload.Double(location, "longitude");
        var words = string.Join(", ", new[] { CloudPayload.String(location, "name"), CloudPayload.String(location, "address") }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var point = lat is { } a && lon is { } o ? string.Create(CultureInfo.InvariantCulture, $"{a:0.######},{o:0.######}") : "";
        return ("📍 " + string.Join(" ", new[] { words, point }.Where(s => s.Length > 0))).Trim();
    }

    private static string? Clip(string? text) =>
        string.IsNullOrEmpty(text) ? null : text.Length > WhatsAppWebhook.MaxTextLength ? text[..WhatsAppWebhook.MaxTextLength] : text;

    /// <summary>The raw body, or null when it is larger than any webhook Meta sends.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Cloud API webhook with a missing or wrong X-Hub-Signature-256.")]
    private static partial void LogBadSignature(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a Cloud API {Type} message without a readable sender or id.")]
    private static partial void LogUnreadable(ILogger logger, string type);
}
