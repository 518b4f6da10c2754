using System.Security.Cryptography;
using System.Text.Json;
using Bot.Dialogs.Model;
using Bot.Host.Documents;
using Bot.Host.Media;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// Delivers WhatsApp outbox rows through Twilio. Outside the user's 24-hour window a reply is
/// held and the approved template tells the user there is something waiting; the held replies
/// go out when the user writes again (see <see cref="HeldReplies"/>).
/// </summary>
internal sealed partial class WhatsAppSender(
    IServiceScopeFactory scopes,
    TwilioGateway gateway,
    PersonalData personal,
    SignedLinks links,
    IOptions<TwilioOptions> options,
    TimeProvider clock,
    ILogger<WhatsAppSender> logger) : IChannelSender
{
    /// <summary>Twilio's limit for WhatsApp media; larger documents go as a download link.</summary>
    public const long MaxMediaBytes = 16L * 1024 * 1024;

    public const int OutsideWindowError = 63016;

    public static readonly TimeSpan Window = WhatsAppWindow.Length;

    private static readonly TimeSpan s_downloadLinkLifetime = TimeSpan.FromHours(24);

    private readonly TwilioOptions _options = options.Value;
    private readonly SendRateLimiter _rate = new(options.Value.MessagesPerSecond, clock);

    public string Channel => ChannelNames.WhatsApp;

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var prepared = await PrepareAsync(message, cancellationToken);
        return await prepared.SendAsync(cancellationToken);
    }

    /// <summary>
    /// Reads the recipient, the conversation, the window and the parts already sent, and renders
    /// the parts, before the dispatcher's send slot is taken; the prepared send only calls
    /// Twilio (and records each part it sent).
    /// </summary>
    public async Task<IPreparedSend> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (ReadRecipient(message.Recipient) is not { } e164)
        {
            return new DecidedSend(SendResult.Failed("The recipient is not a WhatsApp address this host can read (expected PersonalData.Protect(\"whatsapp:+62…\")."));
        }

        var to = PhoneNumbers.ToAddress(e164);
        var conversationId = ConversationRecord.MakeId(ChannelNames.WhatsApp, personal.Hash(e164));
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            var deliveries = db.Set<WhatsAppDelivery>();
            var target = new WhatsAppTarget(message, conversation, conversationId, e164, to);
            if (await WhatsAppWindow.IsClosedAsync(db, conversation, conversationId, OutsideWindowError, clock.GetUtcNow(), cancellationToken))
            {
                return new WhatsAppPreparedSend(this, scope, db, target, Parts: null, SentParts: [], FirstSid: null);
            }

            var reply = MessageJson.Deserialize<Outbound>(message.Payload);
            var parts = Build(reply, WhatsAppWindow.LanguageOf(conversation), scope.ServiceProvider);
            var done = await deliveries.AsNoTracking()
                .Where(d => d.OutboxId == message.Id && d.Kind == WhatsAppDeliveryKind.Part)
                .ToListAsync(cancellationToken);
            var sentParts = done.Where(d => !WhatsAppDelivery.IsFailure(d.Status)).Select(d => d.Part).ToHashSet();
            var firstSid = done.OrderBy(d => d.Part).FirstOrDefault()?.MessageSid;
            return new WhatsAppPreparedSend(this, scope, db, target, parts, sentParts, firstSid);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    /// <summary>The channel calls of a prepared row: the held-reply template, or the parts not sent yet.</summary>
    internal async Task<SendResult> SendPreparedAsync(WhatsAppPreparedSend prepared, CancellationToken cancellationToken)
    {
        var (db, target) = (prepared.Db, prepared.Target);
        var message = target.Message;
        if (prepared.Parts is not { } parts)
        {
            return await HoldAsync(db, message, target.Conversation, target.ConversationId, target.To, "The 24-hour WhatsApp window is closed.", cancellationToken);
        }

        var firstSid = prepared.FirstSid;
        for (var part = 0; part < parts.Count; part++)
        {
            if (prepared.SentParts.Contains(part))
            {
                // Sent in an earlier attempt that failed on a later part: never send twice.
                continue;
            }

            // Parts sent so far are recorded (WhatsAppDelivery), so a row set aside here resumes
            // after them, even after a restart.
            var wait = _rate.TryTake();
            if (wait > TimeSpan.Zero)
            {
                return SendResult.NotYet(clock.GetUtcNow() + wait);
            }

            var outcome = await gateway.SendAsync(parts[part] with { To = target.To }, cancellationToken);
            if (outcome.Succeeded)
            {
                firstSid ??= outcome.Sid;
                await RecordAsync(db, message.Id, target.ConversationId, WhatsAppDeliveryKind.Part, part, outcome.Sid!);
                continue;
            }

            if (outcome.ErrorCode == OutsideWindowError)
            {
                return await HoldAsync(db, message, target.Conversation, target.ConversationId, target.To, outcome.Error!, cancellationToken);
            }

            if (TooManyRequests(outcome) is { } limited)
            {
                return limited;
            }

            LogSendRefused(logger, message.Id, Mask.Phone(target.E164), outcome.Error ?? "");
            return outcome.Transient
                ? SendResult.Retry(outcome.Error ?? "Twilio error", outcome.RetryAfter) with { ExternalId = firstSid }
                : SendResult.Failed(outcome.Error ?? "Twilio error") with { ExternalId = firstSid };
        }

        return SendResult.Sent(firstSid);
    }

    /// <summary>When the next message from the sender may go (its per-second rate, a 429 pause); null for now.</summary>
    public DateTimeOffset? NotBefore(OutboxMessage message) => _rate.NotBefore();

    /// <summary>
    /// Twilio's 429 (error 20429, "too many requests"): the whole sender pauses for its
    /// Retry-After (1 s when it gives none) and the row is set aside, not counted as an attempt.
    /// </summary>
    private SendResult? TooManyRequests(TwilioSendOutcome outcome)
    {
        if (outcome.HttpStatus != 429 && outcome.ErrorCode != 20429)
        {
            return null;
        }

        var until = _rate.Pause(outcome.RetryAfter is { } after && after > TimeSpan.Zero ? after : TimeSpan.FromSeconds(1));
        LogTooManyRequests(logger, until);
        return SendResult.RateLimited(until, outcome.Error ?? "Twilio 429");
    }

    /// <summary>Keeps the row for later and, once per silence of the user, sends the out-of-window template.</summary>
    private async Task<SendResult> HoldAsync(BotDbContext db, OutboxMessage message, ConversationRecord? conversation, string conversationId, string to, string reason, CancellationToken cancellationToken)
    {
        var reply = MessageJson.Deserialize<Outbound>(message.Payload);
        var contentSid = reply.IsNewReleaseNotice ? _options.NewReleaseContentSid : _options.OutOfWindowContentSid;
        if (string.IsNullOrWhiteSpace(contentSid))
        {
            if (reply.IsNewReleaseNotice)
            {
                // Told at the user's next message; a "reply waiting" template would promise an answer.
                return SendResult.Held(reason + " Twilio:NewReleaseContentSid is not set, so the notice waits for the user's next message.");
            }

            LogNoTemplate(logger, message.Id);
            return SendResult.Held(reason + " Twilio:OutOfWindowContentSid is not set, so the user was not notified.");
        }

        if (await WhatsAppWindow.TemplateSentAsync(db, conversation, conversationId, cancellationToken))
        {
            return SendResult.Held(reason);
        }

        var name = string.IsNullOrWhiteSpace(conversation?.DisplayName) ? WhatsAppTexts.FallbackName.In(WhatsAppWindow.LanguageOf(conversation)) : conversation.DisplayName;
        var variables = new Dictionary<string, string> { ["1"] = name };
        if (reply.IsNewReleaseNotice && reply.Choices.Count > 0)
        {
            variables["2"] = reply.Choices[0].Label;
        }

        var template = new TwilioMessage(to)
        {
            ContentSid = contentSid,
            ContentVariables = JsonSerializer.Serialize(variables),
        };
        var wait = _rate.TryTake();
        if (wait > TimeSpan.Zero)
        {
            return SendResult.NotYet(clock.GetUtcNow() + wait);
        }

        var outcome = await gateway.SendAsync(template, cancellationToken);
        if (outcome.Succeeded)
        {
            await RecordAsync(db, message.Id, conversationId, WhatsAppDeliveryKind.Template, 0, outcome.Sid!);
            return SendResult.Held(reason + " The user was sent the out-of-window template.");
        }

        if (TooManyRequests(outcome) is { } limited)
        {
            return limited;
        }

        if (outcome.Transient)
        {
            return SendResult.Retry("Sending the out-of-window template failed: " + outcome.Error, outcome.RetryAfter);
        }

        // The reply itself is still good: keep it for when the user writes.
        LogTemplateFailed(logger, message.Id, outcome.Error ?? "");
        return SendResult.Held(reason + " The out-of-window template failed: " + outcome.Error);
    }

    private List<TwilioMessage> Build(Outbound reply, Language language, IServiceProvider services)
    {
        var text = WhatsAppRenderer.Render(reply, language);
        if (reply.Document is not { } document)
        {
            return WhatsAppRenderer.Split(text).Select(Text).ToList();
        }

        if (document.SizeBytes > MaxMediaBytes)
        {
            var url = services.GetService<IDocumentLinks>()?.CreateAbsoluteUrl(document)
                ?? MediaLinks.Create(links, _options.PublicBase, document.DeliveryId, s_downloadLinkLifetime);
            var withLink = text.TrimEnd() + "\n\n" + WhatsAppTexts.DownloadLink.In(language, document.FileName, url);
            return WhatsAppRenderer.Split(withLink).Select(Text).ToList();
        }

        var media = new Uri(MediaLinks.Create(links, _options.PublicBase, document.DeliveryId, MediaLinks.DefaultLifetime));
        if (text.Length <= WhatsAppRenderer.MaxCaptionLength)
        {
            return [new TwilioMessage("") { Body = text, MediaUrl = media }];
        }

        // Too long for a caption: the text first, then the file captioned with its name.
        var parts = WhatsAppRenderer.Split(text).Select(Text).ToList();
        parts.Add(new TwilioMessage("") { Body = document.FileName, MediaUrl = media });
        return parts;

        static TwilioMessage Text(string body) => new("") { Body = body };
    }

    private async Task RecordAsync(BotDbContext db, long outboxId, string conversationId, WhatsAppDeliveryKind kind, int part, string sid)
    {
        var now = clock.GetUtcNow();
        db.Set<WhatsAppDelivery>().Add(new WhatsAppDelivery
        {
            OutboxId = outboxId,
            ConversationId = conversationId,
            Kind = kind,
            Part = part,
            MessageSid = sid,
            Status = "queued",
            CreatedAt = now,
            UpdatedAt = now,
        });

        // Saved at once and regardless of cancellation: a part that went out must not go out again.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private string? ReadRecipient(string recipient)
    {
        var address = recipient;
        if (recipient.StartsWith("v1:", StringComparison.Ordinal))
        {
            try
            {
                address = personal.Unprotect(recipient);
            }
            catch (Exception e) when (e is CryptographicException or FormatException)
            {
                return null;
            }
        }

        return address.StartsWith(PhoneNumbers.WhatsAppPrefix, StringComparison.Ordinal) ? PhoneNumbers.ToE164(address) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio refused outbox row {OutboxId} to {Phone}: {Error}")]
    private static partial void LogSendRefused(ILogger logger, long outboxId, string phone, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio asked to slow down (429); WhatsApp sends wait until {Until}.")]
    private static partial void LogTooManyRequests(ILogger logger, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} is held outside the 24-hour window, and Twilio:OutOfWindowContentSid is not set to notify the user.")]
    private static partial void LogNoTemplate(ILogger logger, long outboxId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The out-of-window template for outbox row {OutboxId} failed: {Error}")]
    private static partial void LogTemplateFailed(ILogger logger, long outboxId, string error);
}
