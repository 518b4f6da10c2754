namespace Bot.Dialogs.Model;

/// <summary>One reply to a user, already in the conversation's language.</summary>
public sealed record Outbound(string Text)
{
    /// <summary>Choices, shown as buttons where the channel has them and always as numbers.</summary>
    public IReadOnlyList<ChoiceOption> Choices { get; init; } = [];

    /// <summary>
    /// The first this many choices are already numbered 1..N in the text (search results with their
    /// details): a channel that lists choices as numbered lines (WhatsApp) lists only the others.
    /// </summary>
    public int ChoicesListedInText { get; init; }

    /// <summary>A document to produce when the reply is sent (stamped for the user then).</summary>
    public DocumentRef? Document { get; init; }

    /// <summary>Ask the channel for the user's phone number (Telegram's "share my number" button).</summary>
    public bool RequestPhone { get; init; }

    /// <summary>
    /// A new-release notice, not a reply: outside WhatsApp's 24-hour window it is announced with the new-release
    /// template (or waits silently for the user's next message), not the "a reply is waiting" one.
    /// </summary>
    public bool IsNewReleaseNotice { get; init; }

    /// <summary>The language the reply is written in, for what the channel adds (button labels); set by the turn.</summary>
    public Language? Language { get; init; }
}

/// <summary>What a document reply refers to: a delivery record the host can stamp and sign.</summary>
public sealed record DocumentRef(string DeliveryId, string FileName, long SizeBytes, DocumentMode Mode)
{
    /// <summary>When the delivery was made: its links expire counting from here, however often they are shown.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }
}

/// <summary>Whether the document is opened in the browser or saved.</summary>
public enum DocumentMode
{
    Download,
    Read,
}
