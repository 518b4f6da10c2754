using System.Text.RegularExpressions;
using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// Twilio's webhooks: inbound messages (stored in the inbox, then an empty TwiML answer at
/// once) and delivery status callbacks. Both must carry a valid `X-Twilio-Signature`.
/// </summary>
internal static partial class WhatsAppWebhook
{
    public const int MaxTextLength = 4096;

    private const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    [GeneratedRegex("^[A-Za-z0-9:_.-]{1,64}$")]
    private static partial Regex ChoicePattern();

    [GeneratedRegex("^(SM|MM|IM)[0-9a-fA-F]{32}$")]
    private static partial Regex SidPattern();

    public static async Task<IResult> InboundAsync(
        HttpRequest request,
        TwilioSignature signature,
        InboxWriter inbox,
        BotDbContext db,
        PersonalData personal,
        InboundMediaFetcher media,
        WorkSignals signals,
        OutboxJournal journal,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(WhatsAppWebhook));
        var form = await ReadFormAsync(request, cancellationToken);
        if (!signature.IsValid(request, form))
        {
            LogBadSignature(logger, request.Path);
            return Forbidden();
        }

        var messageSid = form["MessageSid"].ToString();
        var from = form["From"].ToString();
        if (string.IsNullOrEmpty(messageSid) || string.IsNullOrEmpty(from))
        {
            return BadRequest("A WhatsApp message needs MessageSid and From.");
        }

        if (messageSid.Length > 64)
        {
            return BadRequest("MessageSid is too long.");
        }

        if (PhoneNumbers.ToE164(from) is not { } e164)
        {
            return BadRequest("From is not a WhatsApp phone number (expected \"whatsapp:+<country code><number>\").");
        }

        if (form["WaId"].ToString() is { Length: > 0 } waId && "+" + waId != e164)
        {
            // WaId is the same number without "+"; it is kept only through the hashed key and the
            // encrypted address. A mismatch is Twilio's business, but worth knowing about.
            LogWaIdMismatch(logger, Mask.Phone(e164));
        }

        // A retry of a stored message is answered without fetching its media again.
        if (await db.Inbox.AsNoTracking().AnyAsync(m => m.Channel == ChannelNames.WhatsApp && m.ExternalId == messageSid, cancellationToken))
        {
            return Twiml();
        }

        var body = form["Body"].ToString();
        var buttonPayload = form["ButtonPayload"].ToString();
        var profileName = form["ProfileName"].ToString();
        var inbound = new Inbound(ChannelNames.WhatsApp, personal.Hash(e164), messageSid, clock.GetUtcNow())
        {
            Text = body.Length == 0 ? null : body.Length > MaxTextLength ? body[..MaxTextLength] : body,
            ChoiceId = ChoicePattern().IsMatch(buttonPayload) ? buttonPayload : null,
            Sender = new SenderProfile(profileName.Length == 0 ? null : profileName[..Math.Min(profileName.Length, 128)], null, null, null),
            Attachments = await media.FetchAsync(form, cancellationToken),
        };
        // The user writing opens the window: held replies go out first, in their order, before
        // this turn's replies (HeldReplies).
        var conversationId = ConversationRecord.MakeId(ChannelNames.WhatsApp, inbound.ConversationKey);
        await HeldReplies.ReleaseAsync(db, journal, signals, conversationId, clock.GetUtcNow(), cancellationToken);
        await inbox.WriteAsync(inbound, personal.Protect(PhoneNumbers.ToAddress(e164)), cancellationToken);

        return Twiml();
    }

    public static async Task<IResult> StatusAsync(
        HttpRequest request,
        TwilioSignature signature,
        BotDbContext db,
        TimeProvider clock,
        WorkSignals signals,
        OutboxJournal journal,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(WhatsAppWebhook));
        var form = await ReadFormAsync(request, cancellationToken);
        if (!signature.IsValid(request, form))
        {
            LogBadSignature(logger, request.Path);
            return Forbidden();
        }

        var sid = form["MessageSid"].ToString();
        var status = form["MessageStatus"].ToString().ToLowerInvariant();
        if (!SidPattern().IsMatch(sid) || status.Length is 0 or > 32)
        {
            return BadRequest("A status callback needs MessageSid and MessageStatus.");
        }

        var delivery = await db.Set<WhatsAppDelivery>().FirstOrDefaultAsync(d => d.MessageSid == sid, cancellationToken);
        if (delivery is null)
        {
            // Not ours (another app on the account) or from before a restore; nothing to update.
            LogUnknownSid(logger, sid);
            return Results.NoContent();
        }

        if (StatusRank(status) < StatusRank(delivery.Status))
        {
            // Callbacks can arrive out of order; "sent" after "delivered" changes nothing.
            return Results.NoContent();
        }

        var now = clock.GetUtcNow();
        delivery.Status = status;
        delivery.UpdatedAt = now;
        if (WhatsAppDelivery.IsFailure(status))
        {
            delivery.ErrorCode = int.TryParse(form["ErrorCode"], out var code) ? code : null;
            if (delivery.Kind == WhatsAppDeliveryKind.Part)
            {
                // The row's send record may still be in the journal: applied first, so it cannot
                // later overwrite the change made here (a 63016 sets a sent row back to pending).
                await journal.FlushAsync(urgent: true, cancellationToken);
                await RecordFailureAsync(db, delivery, now, cancellationToken);
                if (delivery.ErrorCode == WhatsAppSender.OutsideWindowError)
                {
                    signals.Outbox.Set();
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    /// <summary>
    /// 63016 (window closed) puts the row back in the queue: the sender then sees the closed
    /// window, holds the row and sends the template. Any other failure is final.
    /// </summary>
    private static async Task RecordFailureAsync(BotDbContext db, WhatsAppDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.Outbox.FirstOrDefaultAsync(m => m.Id == delivery.OutboxId, cancellationToken);
        if (row is null)
        {
            return;
        }

        var code = delivery.ErrorCode is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : delivery.Status;
        row.Error = $"Twilio {code}: message {delivery.MessageSid} (part {delivery.Part + 1}) was {delivery.Status}.";
        if (delivery.ErrorCode == WhatsAppSender.OutsideWindowError)
        {
            row.Status = OutboxStatus.Pending;
            row.NextAttemptAt = now;
        }
        else
        {
            row.Status = OutboxStatus.Failed;
        }
    }

    private static int StatusRank(string status) => status switch
    {
        "accepted" or "scheduled" or "queued" => 0,
        "sending" => 1,
        "sent" => 2,
        "delivered" => 3,
        "read" => 4,
        _ when WhatsAppDelivery.IsFailure(status) => 5,
        _ => 0,
    };

    private static async Task<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return FormCollection.Empty;
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // Malformed or oversized: no valid signature can match it, so it is refused as unsigned.
            return FormCollection.Empty;
        }
    }

    private static IResult Twiml() => Results.Content(EmptyTwiml, "text/xml; charset=utf-8");

    private static IResult Forbidden() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Invalid signature", detail: "The X-Twilio-Signature header is missing or does not match this request.");

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to {Path} with a missing or wrong Twilio signature.")]
    private static partial void LogBadSignature(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WaId does not match From ({Phone}).")]
    private static partial void LogWaIdMismatch(ILogger logger, string phone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Status callback for unknown message {MessageSid}.")]
    private static partial void LogUnknownSid(ILogger logger, string messageSid);
}
