using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// Replies held while the user's 24-hour window was closed go out, in order, once the user
/// writes. Their attempt count starts again: being held was no delivery failure.
/// </summary>
internal static class HeldReplies
{
    /// <summary>
    /// Opens the window and hands the conversation's held replies to the dispatcher as pending.
    /// Called before the user's message is stored, so the replies are queued before this turn's
    /// replies exist: the dispatcher orders a conversation's queued rows by their sequence, and
    /// the turn's replies, handed over in memory when the turn commits, sort after them. (Woken
    /// only to read storage, the dispatcher could take the turn's reply before that read found
    /// the released ones, and the answer to "ok" overtook the staff reply it followed.)
    /// </summary>
    /// <returns>How many replies were released.</returns>
    public static async Task<int> ReleaseAsync(BotDbContext db, OutboxJournal journal, WorkSignals signals, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A row held a moment ago may have its record still in the journal (storage says
        // pending): applied first, so the release sees it held and a later flush cannot hold it again.
        await journal.FlushAsync(urgent: true, cancellationToken);

        var held = await db.Outbox.AsNoTracking()
            .Where(m => m.ConversationId == conversationId && m.Status == OutboxStatus.Held)
            .ToListAsync(cancellationToken);
        if (held.Count == 0)
        {
            return 0;
        }

        // The window opens before the rows are released: the dispatcher reads it when it
        // prepares a send, and must not find it closed and hold the row again.
        await db.Conversations.Where(c => c.Id == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastInboundAt, now), cancellationToken);
        var ids = held.Select(m => m.Id).ToList();
        await db.Outbox.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Held)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.Attempts, 0), cancellationToken);
        foreach (var row in held)
        {
            row.Status = OutboxStatus.Pending;
            row.NextAttemptAt = now;
            row.Attempts = 0;
        }

        signals.OutboxStored(held);
        return held.Count;
    }
}
