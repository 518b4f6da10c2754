namespace Bot.Host.Messaging;

/// <summary>
/// A received message, stored before the channel gets its 200. (Channel, ExternalId) is unique,
/// so a channel's retry of the same update is a no-op.
/// </summary>
public sealed class InboxMessage
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    public required string ExternalId { get; set; }

    /// <summary>The conversation it belongs to, "{channel}:{key}".</summary>
    public required string ConversationId { get; set; }

    /// <summary>The <see cref="Bot.Dialogs.Model.Inbound"/> as JSON.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public InboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }
}

public enum InboxStatus
{
    Pending = 0,
    Done = 1,
    Failed = 2,
}
