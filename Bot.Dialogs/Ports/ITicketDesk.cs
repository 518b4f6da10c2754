using Bot.Dialogs.Model;

namespace Bot.Dialogs.Ports;

/// <summary>
/// Complaint tickets and staff conversations. Opening a ticket posts it to the staff group and
/// mails staff; a staff reply starts a handoff (<see cref="Conversation.HandoffTicket"/>).
/// </summary>
public interface ITicketDesk
{
    /// <summary>The office hours in which staff answer, for acknowledgements.</summary>
    Bilingual OfficeHours { get; }

    /// <summary>Whether staff are at work at the moment (office hours, holidays honoured).</summary>
    bool IsOpen(DateTimeOffset moment);

    /// <summary>Opens a ticket for the user of the current turn.</summary>
    Task<TicketReceipt> OpenAsync(TicketRequest request, CancellationToken cancellationToken);

    /// <summary>Adds a user's message to an open ticket's thread and forwards it to staff.</summary>
    Task<bool> RelayFromUserAsync(string ticketNumber, string? text, IReadOnlyList<InboundAttachment> attachments, CancellationToken cancellationToken);

    /// <summary>The user ends the conversation with staff; the ticket is closed and staff are told.</summary>
    Task CloseByUserAsync(string ticketNumber, CancellationToken cancellationToken);
}

/// <summary>What kind of contact a ticket is.</summary>
public enum TicketKind
{
    /// <summary>A complaint, suggestion or report from the complaint dialog.</summary>
    Complaint,

    /// <summary>"hubungi petugas": a conversation with staff without a complaint.</summary>
    Conversation,
}

/// <summary>A new ticket: category id (see <c>ComplaintCategories</c>), the user's text and files.</summary>
public sealed record TicketRequest(TicketKind Kind, string Category, string Description, IReadOnlyList<InboundAttachment> Attachments);

/// <summary>The ticket's number and when staff should have taken it up.</summary>
public sealed record TicketReceipt(string Number, DateTimeOffset AnswerExpectedBy);
