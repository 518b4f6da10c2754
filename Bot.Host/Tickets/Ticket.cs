using Bot.Dialogs.Ports;

namespace Bot.Host.Tickets;

/// <summary>
/// A complaint or a conversation with staff. Holds ids, never the user's contact details; the
/// description is the user's own text, kept because staff need it to handle the complaint.
/// </summary>
public sealed class Ticket
{
    public long Id { get; set; }

    /// <summary>ADU-YYYYMMDD-NNN (date in WITA).</summary>
    public required string Number { get; set; }

    public TicketKind Kind { get; set; }

    /// <summary>A <see cref="Bot.Dialogs.Complaint.ComplaintCategories"/> id.</summary>
    public required string Category { get; set; }

    public required string Description { get; set; }

    /// <summary>The user's conversation ("{channel}:{key}"); null once the user deleted their data.</summary>
    public string? ConversationId { get; set; }

    public string? UserId { get; set; }

    /// <summary>The user's channel, kept for reports after anonymisation.</summary>
    public required string Channel { get; set; }

    public TicketStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an untaken ticket is escalated: creation plus Staff:EscalateAfterMinutes office minutes.</summary>
    public DateTimeOffset EscalateDueAt { get; set; }

    public DateTimeOffset? EscalatedAt { get; set; }

    public string? TakenBy { get; set; }

    public DateTimeOffset? TakenAt { get; set; }

    public DateTimeOffset? FirstAnsweredAt { get; set; }

    public string? ClosedBy { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the person deleted their data: the texts are gone, the row stays for the figures.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public List<TicketEntry> Entries { get; set; } = [];
}

public enum TicketStatus
{
    Open = 0,
    Closed = 1,
}
