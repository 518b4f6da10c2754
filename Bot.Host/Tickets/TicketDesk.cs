using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tickets;

/// <summary>The ticket desk as the user's dialogs see it, staged on the turn's unit of work.</summary>
internal sealed class TicketDesk(
    BotDbContext db,
    TurnScope turn,
    TicketPoster poster,
    OfficeHours hours,
    IOptions<StaffDeskOptions> options,
    TimeProvider clock) : ITicketDesk
{
    public const string UserAuthor = "user";

    public Bilingual OfficeHours => hours.Description;

    public bool IsOpen(DateTimeOffset moment) => hours.IsOpen(moment);

    public async Task<TicketReceipt> OpenAsync(TicketRequest request, CancellationToken cancellationToken)
    {
        var record = turn.Conversation;
        var now = clock.GetUtcNow();
        var ticket = new Ticket
        {
            Number = await TicketNumbers.NextAsync(db, now, cancellationToken),
            Kind = request.Kind,
            Category = request.Category,
            Description = request.Description,
            ConversationId = record.Id,
            UserId = turn.Context.Conversation.UserId,
            Channel = record.Channel,
            CreatedAt = now,
            // Stored in UTC: PostgreSQL refuses an offset (the office-hours arithmetic works in WITA).
            EscalateDueAt = hours.AddOfficeMinutes(now, options.Value.EscalateAfterMinutes).ToUniversalTime(),
        };
        db.Add(ticket);

        var who = $"{TicketPoster.Render(ticket.UserId is null ? StaffGroupTexts.Guest : StaffGroupTexts.Registered)}, {record.Channel}";
        var details = TicketPoster.Render(
            StaffGroupTexts.NewTicket,
            TicketPoster.KindLabel(ticket.Kind),
            ticket.Number,
            TicketPoster.CategoryLabel(ticket.Category),
            record.DisplayName is { Length: > 0 } name ? $"{name} ({who})" : who,
            Formats.Moment(now, Language.Id),
            Formats.Moment(ticket.EscalateDueAt, Language.Id),
            request.Description,
            TicketPoster.AttachmentLine(request.Attachments));
        poster.Record(ticket, TicketEntryKind.Opened, UserAuthor, request.Description + TicketPoster.AttachmentLine(request.Attachments), details, buttons: true);
        poster.Mail(
            TicketPoster.Render(StaffGroupTexts.MailNewSubject, TicketPoster.KindLabel(ticket.Kind), ticket.Number, TicketPoster.CategoryLabel(ticket.Category)),
            TicketPoster.Render(StaffGroupTexts.MailBody, details, ticket.Number));
        return new TicketReceipt(ticket.Number, ticket.EscalateDueAt);
    }

    public async Task<bool> RelayFromUserAsync(string ticketNumber, string? text, IReadOnlyList<InboundAttachment> attachments, CancellationToken cancellationToken)
    {
        var ticket = await FindOwnOpenAsync(ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return false;
        }

        var files = TicketPoster.AttachmentLine(attachments);
        poster.Record(ticket, TicketEntryKind.UserMessage, UserAuthor, (text ?? "") + files, TicketPoster.Render(StaffGroupTexts.UserMessage, ticket.Number, text ?? "", files));
        return true;
    }

    public async Task CloseByUserAsync(string ticketNumber, CancellationToken cancellationToken)
    {
        var ticket = await FindOwnOpenAsync(ticketNumber, cancellationToken);
        if (ticket is null)
        {
            return;
        }

        ticket.Status = TicketStatus.Closed;
        ticket.ClosedAt = clock.GetUtcNow();
        ticket.ClosedBy = UserAuthor;
        poster.Record(ticket, TicketEntryKind.Closed, UserAuthor, null, TicketPoster.Render(StaffGroupTexts.ClosedByUser, ticket.Number));
    }

    // Only the user's own ticket: a stale or forged number never reaches another user's thread.
    private Task<Ticket?> FindOwnOpenAsync(string number, CancellationToken cancellationToken) =>
        db.Set<Ticket>().FirstOrDefaultAsync(t => t.Number == number && t.ConversationId == turn.Conversation.Id && t.Status == TicketStatus.Open, cancellationToken);
}
