namespace Bot.Host.Messaging;

/// <summary>A reply waiting to be delivered, written in the same transaction as the turn that made it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    /// <summary>The conversation it goes to, "{channel}:{key}".</summary>
    public required string ConversationId { get; set; }

    /// <summary>The chat on the channel (chat id, phone number, web chat id, email address).</summary>
    public required string Recipient { get; set; }

    /// <summary>Position within the conversation, for ordered delivery and web chat paging.</summary>
    public long Seq { get; set; }

    /// <summary>The inbox message whose turn produced it, if any.</summary>
    public long? InboxId { get; set; }

    /// <summary>The <see cref="Bot.Dialogs.Model.Outbound"/> (or a channel-specific body) as JSON.</summary>
    public required string Payload { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? Error { get; set; }

    /// <summary>The channel's id for the sent message (Telegram message id, Twilio SID).</summary>
    public string? ExternalId { get; set; }

    /// <summary>The node currently sending it; with <see cref="LeaseUntil"/> it makes sending once across nodes.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,

    /// <summary>Waiting for the user to write first (WhatsApp's 24-hour window).</summary>
    Held = 3,
}
