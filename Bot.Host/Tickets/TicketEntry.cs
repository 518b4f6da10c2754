using Bot.Host.Messaging;
using Bot.Host.Storage;

namespace Bot.Host.Tickets;

/// <summary>One event in a ticket's thread: who did or wrote what, and when.</summary>
public sealed class TicketEntry
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public Ticket? Ticket { get; set; }

    public DateTimeOffset At { get; set; }

    public TicketEntryKind Kind { get; set; }

    /// <summary>The staff member's name (as Telegram or the console shows it), or "user"/"system".</summary>
    public required string Author { get; set; }

    /// <summary>Who did a staff action, by an id that does not change: see <see cref="StaffActor"/>.</summary>
    public string? ActorId { get; set; }

    public string? Text { get; set; }

    /// <summary>
    /// The staff-group post this entry produced. A staff member replying to that Telegram
    /// message is matched to the ticket through the post's ExternalId (the message id).
    /// </summary>
    public long? StaffPostId { get; set; }

    public OutboxMessage? StaffPost { get; set; }
}

public enum TicketEntryKind
{
    Opened = 0,
    UserMessage = 1,
    StaffReply = 2,
    Taken = 3,
    Escalated = 4,
    Closed = 5,
}
