namespace Bot.Host.Subscriptions;

/// <summary>
/// A chat subscribed to new-release notices. It holds no personal data of its own: it points at the conversation
/// (whose address is already protected), and is deleted with it (cascade), so erasing a user erases this too.
/// </summary>
public sealed class SubscriptionRecord
{
    /// <summary>The conversation's id, "{channel}:{key}".</summary>
    public required string ConversationId { get; set; }

    public required string Channel { get; set; }

    /// <summary>Topic keys separated by commas; empty for every release.</summary>
    public string Topics { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<string> TopicList => Topics.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
