using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Documents;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// Delivers WhatsApp rows addressed "whatsapp-cloud:+62…" through Meta's Cloud API. Follows the
/// Twilio sender's rules: parts recorded as they go (never sent twice), the 24-hour window with
/// its template and held replies, the send path's pace (set aside, not blocking others).
/// </summary>
internal sealed partial class CloudSender(
    IServiceScopeFactory scopes,
    GraphApi graph,
    PersonalData personal,
    CloudFailures failures,
    IOptions<CloudOptions> options,
    TimeProvider clock,
    ILogger<CloudSender> logger) : IChannelSender
{
    /// <summary>Throughput reached for the business number: everyone waits a moment.</summary>
    public const int RateLimitHit = 130429;

    /// <summary>Too many messages to this one user: only their conversation waits.</summary>
    public const int PairRateLimitHit = 131056;

    public const int TokenExpired = 190;

    private static readonly TimeSpan s_pairPause = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan s_tokenRetry = TimeSpan.FromMinutes(5);

    private readonly CloudOptions _options = options.Value;
    private readonly SendRateLimiter _rate = new(options.Value.MessagesPerSecond, clock);

    public string Channel => ChannelNames.WhatsApp;

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var prepared = await PrepareAsync(message, cancellationToken);
        return await prepared.SendAsync(cancellationToken);
    }

    public DateTimeOffset? NotBefore(OutboxMessage message) => _rate.NotBefore();

    public async Task<IPreparedSend> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (ReadRecipient(message.Recipient) is not { } e164)
        {
            return new DecidedSend(SendResult.Failed("The recipient is not a Cloud API address this host can read (expected PersonalData.Protect(\"whatsapp-cloud:+62…\"))."));
        }

        var conversationId = ConversationRecord.MakeId(ChannelNames.WhatsApp, personal.Hash(e164));
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            var target = new WhatsAppTarget(message, conversation, conversationId, e164, CloudAddress.GraphTo(e164));
            if (await WhatsAppWindow.IsClosedAsync(db, conversation, conversationId, CloudFailures.ReEngagementRequired, clock.GetUtcNow(), cancellationToken))
            {
                return new CloudPreparedSend(this, scope, db, target, Parts: null, SentParts: [], FirstId: null);
            }

            var reply = MessageJson.Deserialize<Outbound>(message.Payload);
            var links = scope.ServiceProvider.GetService<IDocumentLinks>();
            var parts = CloudRenderer.Build(reply, WhatsAppWindow.LanguageOf(conversation), d => links?.CreateAbsoluteUrl(d));
            var done = await db.Set<WhatsAppDelivery>().AsNoTracking()
                .Where(d => d.OutboxId == message.Id && d.Kind == WhatsAppDeliveryKind.Part)
                .ToListAsync(cancellationToken);
            var sent = done.Where(d => !WhatsAppDelivery.IsFailure(d.Status)).Select(d => d.Part).ToHashSet();
            return new CloudPreparedSend(this, scope, db, target, parts, sent, done.OrderBy(d => d.Part).FirstOrDefault()?.MessageSid);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    internal async Task<SendResult> SendPreparedAsync(CloudPreparedSend prepared, CancellationToken cancellationToken)
    {
        var (db, target) = (prepared.Db, prepared.Target);
        if (prepared.Parts is not { } parts)
        {
            return await HoldAsync(prepared, "The 24-hour WhatsApp window is closed.", cancellationToken);
        }

        var firstId = prepared.FirstId;
        for (var part = 0; part < parts.Count; part++)
        {
            if (prepared.SentParts.Contains(part))
            {
                continue;
            }

            var wait = _rate.TryTake();
            if (wait > TimeSpan.Zero)
            {
                return SendResult.NotYet(clock.GetUtcNow() + wait);
            }

            var outcome = await SendPartAsync(prepared.Scope.ServiceProvider, target.To, parts[part], cancellationToken);
            if (outcome.Succeeded)
            {
                firstId ??= outcome.Id;
                await RecordAsync(db, target.Message.Id, target.ConversationId, WhatsAppDeliveryKind.Part, part, outcome.Id!);
                continue;
            }

            if (outcome.ErrorCode == CloudFailures.ReEngagementRequired)
            {
                return await HoldAsync(prepared, outcome.Error!, cancellationToken);
            }

            if (Paced(outcome) is { } paced)
            {
                return paced;
            }

            return await RefusedAsync(prepared, outcome, firstId, cancellationToken);
        }

        return SendResult.Sent(firstId);
    }

    private async Task<GraphOutcome> SendPartAsync(IServiceProvider services, string to, CloudPart part, CancellationToken cancellationToken)
    {
        var message = (JsonObject)part.Message.DeepClone();
        if (part.Upload is { } document)
        {
            if (services.GetService<IDocumentStore>() is not { } store)
            {
                return new GraphOutcome(false, null, 500, null, "No document store is registered on this host.", null);
            }

            var opened = await store.OpenAsync(document.DeliveryId, cancellationToken);
            if (!opened.Succeeded)
            {
                return new GraphOutcome(false, null, 400, null, "The document cannot be produced: " + opened.Error, null);
            }

            GraphOutcome uploaded;
            await using (opened.Content!)
            {
                uploaded = await graph.UploadAsync(opened.Content!, document.FileName, "application/pdf", cancellationToken);
            }

            if (!uploaded.Succeeded)
            {
                return uploaded;
            }

            message["document"]!["id"] = uploaded.Id;
        }

        return await graph.SendMessageAsync(to, message, cancellationToken);
    }

    /// <summary>130429 pauses every send for the number; 131056 sets aside only this user's conversation.</summary>
    private SendResult? Paced(GraphOutcome outcome)
    {
        if (outcome.ErrorCode == PairRateLimitHit)
        {
            return SendResult.RateLimited(clock.GetUtcNow() + (outcome.RetryAfter ?? s_pairPause), outcome.Error ?? "Graph 131056");
        }

        if (outcome.ErrorCode == RateLimitHit || outcome.HttpStatus == 429)
        {
            var until = _rate.Pause(outcome.RetryAfter is { } after && after > TimeSpan.Zero ? after : TimeSpan.FromSeconds(1));
            LogRateLimited(logger, until);
            return SendResult.RateLimited(until, outcome.Error ?? "Graph 130429");
        }

        return null;
    }

    private async Task<SendResult> RefusedAsync(CloudPreparedSend prepared, GraphOutcome outcome, string? firstId, CancellationToken cancellationToken)
    {
        var target = prepared.Target;
        var error = outcome.Error ?? "Graph error";
        if (outcome.ErrorCode == TokenExpired)
        {
            // Nothing the user did: the token must be replaced. The row waits and tries again.
            LogTokenExpired(logger, error);
            return SendResult.Retry(error + " Renew MetaWhatsApp:AccessToken.", s_tokenRetry) with { ExternalId = firstId };
        }

        LogSendRefused(logger, target.Message.Id, Mask.Phone(target.E164), error);
        if (outcome.ErrorCode == CloudFailures.Undeliverable)
        {
            await failures.TellStaffAsync(prepared.Db, target.ConversationId, cancellationToken);
            await prepared.Db.SaveChangesAsync(CancellationToken.None);
            return SendResult.Failed(error) with { ExternalId = firstId };
        }

        return outcome.Transient
            ? SendResult.Retry(error, outcome.RetryAfter) with { ExternalId = firstId }
            : SendResult.Failed(error) with { ExternalId = firstId };
    }

    /// <summary>Keeps the row for when the user writes and, once per silence, sends the approved template.</summary>
    private async Task<SendResult> HoldAsync(CloudPreparedSend prepared, string reason, CancellationToken cancellationToken)
    {
        var (db, target) = (prepared.Db, prepared.Target);
        var template = _options.OutOfWindowTemplate;
        if (string.IsNullOrWhiteSpace(template.Name))
        {
            LogNoTemplate(logger, target.Message.Id);
            return SendResult.Held(reason + " MetaWhatsApp:OutOfWindowTemplate:Name is not set, so the user was not notified.");
        }

        if (await WhatsAppWindow.TemplateSentAsync(db, target.Conversation, target.ConversationId, cancellationToken))
        {
            return SendResult.Held(reason);
        }

        var wait = _rate.TryTake();
        if (wait > TimeSpan.Zero)
        {
            return SendResult.NotYet(clock.GetUtcNow() + wait);
        }

        var language = WhatsAppWindow.LanguageOf(target.Conversation);
        var name = string.IsNullOrWhiteSpace(target.Conversation?.DisplayName) ? WhatsAppTexts.FallbackName.In(language) : target.Conversation.DisplayName;
        var message = new JsonObject
        {
            ["type"] = "template",
            ["template"] = new JsonObject
            {
                ["name"] = template.Name,
                ["language"] = new JsonObject { ["code"] = template.Language },
                ["components"] = new JsonArray(new JsonObject
                {
                    ["type"] = "body",
                    ["parameters"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = name }),
                }),
            },
        };
        var outcome = await graph.SendMessageAsync(target.To, message, cancellationToken);
        if (outcome.Succeeded)
        {
            await RecordAsync(db, target.Message.Id, target.ConversationId, WhatsAppDeliveryKind.Template, 0, outcome.Id!);
            return SendResult.Held(reason + " The user was sent the out-of-window template.");
        }

        if (Paced(outcome) is { } paced)
        {
            return paced;
        }

        if (outcome.ErrorCode == TokenExpired || outcome.Transient)
        {
            if (outcome.ErrorCode == TokenExpired)
            {
                LogTokenExpired(logger, outcome.Error ?? "");
            }

            return SendResult.Retry("Sending the out-of-window template failed: " + outcome.Error, outcome.RetryAfter);
        }

        LogTemplateFailed(logger, target.Message.Id, outcome.Error ?? "");
        return SendResult.Held(reason + " The out-of-window template failed: " + outcome.Error);
    }

    private async Task RecordAsync(BotDbContext db, long outboxId, string conversationId, WhatsAppDeliveryKind kind, int part, string wamid)
    {
        var now = clock.GetUtcNow();
        db.Set<WhatsAppDelivery>().Add(new WhatsAppDelivery
        {
            OutboxId = outboxId,
            ConversationId = conversationId,
            Kind = kind,
            Part = part,
            MessageSid = CloudAddress.DeliveryKey(wamid),
            Status = "sent",
            CreatedAt = now,
            UpdatedAt = now,
        });

        // Saved at once and regardless of cancellation: a part that went out must not go out again.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private string? ReadRecipient(string recipient)
    {
        try
        {
            return CloudAddress.ToE164(recipient.StartsWith("v1:", StringComparison.Ordinal) ? personal.Unprotect(recipient) : recipient);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Cloud API refused outbox row {OutboxId} to {Phone}: {Error}")]
    private static partial void LogSendRefused(ILogger logger, long outboxId, string phone, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "The Cloud API asked to slow down (130429); WhatsApp sends wait until {Until}.")]
    private static partial void LogRateLimited(ILogger logger, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Error, Message = "The Cloud API access token is expired or invalid (190): set a new token in MetaWhatsApp:AccessToken. {Error}")]
    private static partial void LogTokenExpired(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} is held outside the 24-hour window, and MetaWhatsApp:OutOfWindowTemplate:Name is not set to notify the user.")]
    private static partial void LogNoTemplate(ILogger logger, long outboxId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The out-of-window template for outbox row {OutboxId} failed: {Error}")]
    private static partial void LogTemplateFailed(ILogger logger, long outboxId, string error);
}
