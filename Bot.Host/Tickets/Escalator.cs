using Bot.Dialogs.Model;
using Bot.Dialogs.Texts;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tickets;

/// <summary>
/// Tickets nobody took within Staff:EscalateAfterMinutes office minutes: posted again marked
/// ESKALASI (to the staff group with its buttons, and as a notice to the supervisor chat),
/// mailed, and the user told it is late and that staff were reminded (not that it is being
/// handled: nobody took it; that message comes when someone does). Each ticket is escalated once.
/// </summary>
internal sealed class Escalator(
    BotDbContext db,
    TicketPoster poster,
    UserConversations users,
    IOptions<StaffDeskOptions> options,
    TimeProvider clock)
{
    private const int BatchSize = 50;
    private const string SystemAuthor = "system";

    /// <summary>Escalates every ticket that is due now; returns how many.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken cancellationToken)
    {
        // One transaction: on SQLite it holds the write lock, so no turn changes these tickets
        // (or the users' conversations) between the read and the commit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var due = await db.Set<Ticket>()
            .Where(t => t.Status == TicketStatus.Open && t.TakenAt == null && t.EscalatedAt == null && t.EscalateDueAt <= now)
            .OrderBy(t => t.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var supervisor = string.IsNullOrWhiteSpace(options.Value.SupervisorChatId) || options.Value.SupervisorChatId == poster.StaffChatId
            ? null
            : options.Value.SupervisorChatId;
        foreach (var ticket in due)
        {
            ticket.EscalatedAt = now;
            var since = Formats.Moment(ticket.CreatedAt, Language.Id);
            var category = TicketPoster.CategoryLabel(ticket.Category);

            // The staff group gets it again with the buttons (only that group's messages reach
            // the ticket desk); the supervisor gets a notice to make sure someone acts on it.
            var post = TicketPoster.Render(StaffGroupTexts.Escalated, ticket.Number, since, category, ticket.Description);
            poster.Record(ticket, TicketEntryKind.Escalated, SystemAuthor, null, post, buttons: true);
            if (supervisor is not null)
            {
                poster.Notify(supervisor, TicketPoster.Render(StaffGroupTexts.SupervisorNotice, ticket.Number, since, category, ticket.Description));
            }

            poster.Mail(TicketPoster.Render(StaffGroupTexts.MailEscalatedSubject, ticket.Number), TicketPoster.Render(StaffGroupTexts.MailBody, post, ticket.Number));
            await users.UpdateAsync(ticket.ConversationId, c => [new Outbound(StaffTexts.StillWaiting.In(c.Language, ticket.Number))], cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }
}
