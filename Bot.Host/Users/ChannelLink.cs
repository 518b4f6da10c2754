namespace Bot.Host.Users;

/// <summary>One chat (a conversation on a channel) that belongs to an account.</summary>
public sealed class ChannelLink
{
    public long Id { get; set; }

    /// <summary>"{channel}:{key}", as ConversationRecord.Id; a chat belongs to at most one account.</summary>
    public required string ConversationId { get; set; }

    public required string Channel { get; set; }

    public required string UserId { get; set; }

    public DateTimeOffset LinkedAt { get; set; }
}
