namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// One Twilio message sent for an outbox row: a part of a long text, a document, or the
/// out-of-window template. Long replies need several, so progress and Twilio's status
/// callbacks are kept per message here rather than on the outbox row.
/// </summary>
public sealed class WhatsAppDelivery
{
    public long Id { get; set; }

    public long OutboxId { get; set; }

    /// <summary>The conversation, "whatsapp:{key}", to find templates already sent to the user.</summary>
    public required string ConversationId { get; set; }

    public WhatsAppDeliveryKind Kind { get; set; }

    /// <summary>The part's position within its outbox row (0 for a template).</summary>
    public int Part { get; set; }

    /// <summary>Twilio's message SID ("SM…"/"MM…").</summary>
    public required string MessageSid { get; set; }

    /// <summary>Twilio's latest status: queued, sent, delivered, read, failed, undelivered…</summary>
    public required string Status { get; set; }

    /// <summary>Twilio's error code of a failed delivery (63016: outside the 24-hour window).</summary>
    public int? ErrorCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Statuses after which the message will not reach the user.</summary>
    public static bool IsFailure(string status) => status is "failed" or "undelivered" or "canceled";
}

public enum WhatsAppDeliveryKind
{
    Part = 0,
    Template = 1,
}
