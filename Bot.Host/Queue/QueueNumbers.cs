using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Queue;

/// <summary>
/// Hands out the next number of a service in a short transaction of its own, committed at once
/// rather than with the visitor's turn: turns run their dialogs outside SQLite's write lock (and
/// on several PostgreSQL nodes at once), so a number counted inside a turn could be counted twice.
/// Here SQLite's write gate serialises takers, and on PostgreSQL the unique index on (day,
/// service, seq) — and the one on a conversation's active number — makes the loser of a race
/// fail and count again. A turn that fails afterwards and runs again finds the number it holds.
/// </summary>
internal sealed class QueueNumbers(IServiceScopeFactory scopes, WriteGate gate)
{
    // Each retry follows a commit by someone else, so this bounds the takers of one moment.
    private const int MaxAttempts = 64;

    /// <summary>The conversation's active number of the day, or a new one for the service.</summary>
    public async Task<(QueueTicket Ticket, bool AlreadyHad)> TakeAsync(QueueTicket draft, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            try
            {
                return await gate.RunAsync(() => TakeOnceAsync(db, draft, cancellationToken), cancellationToken, urgent: true);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Lost a race for the number (or the visitor took one on another turn): count again.
            }
        }
    }

    private static async Task<(QueueTicket, bool)> TakeOnceAsync(BotDbContext db, QueueTicket draft, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tickets = db.Set<QueueTicket>();
        var existing = await tickets.AsNoTracking()
            .FirstOrDefaultAsync(t => t.Day == draft.Day && t.ConversationId == draft.ConversationId && (t.Status == QueueTicketStatus.Waiting || t.Status == QueueTicketStatus.Called), cancellationToken);
        if (existing is not null)
        {
            return (existing, true);
        }

        var last = await tickets.Where(t => t.Day == draft.Day && t.Service == draft.Service).MaxAsync(t => (int?)t.Seq, cancellationToken) ?? 0;
        var ticket = new QueueTicket
        {
            Day = draft.Day,
            Service = draft.Service,
            Seq = last + 1,
            Number = QueueTicket.Format(draft.Service, last + 1),
            Status = QueueTicketStatus.Waiting,
            ConversationId = draft.ConversationId,
            UserId = draft.UserId,
            Channel = draft.Channel,
            TakenAt = draft.TakenAt,
            GuestBookAt = draft.GuestBookAt,
        };
        tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (ticket, false);
    }
}
