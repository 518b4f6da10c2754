namespace Bot.Host.Understanding;

/// <summary>
/// One occurrence of a text the bot could not place, already scrubbed of personal data
/// (no conversation, no user: only the folded text and when it was seen). The staff report
/// groups them by text.
/// </summary>
public sealed class UnansweredEntry
{
    public long Id { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
