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
    public static async Task<int> ReleaseAsync(BotDbContext db, OutboxJournal journal, string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // A row held a moment ago may have its record still in the journal (storage says
        // pending): applied first, so the release sees it held and a later flush cannot hold it again.
        await journal.FlushAsync(urgent: true, cancellationToken);

        var held = db.Outbox.Where(m => m.ConversationId == conversationId && m.Status == OutboxStatus.Held);
        if (!await held.AnyAsync(cancellationToken))
        {
            return 0;
        }

        // The window opens before the rows are released: a dispatcher awake for another reason
        // that picks a released row up before the message itself is stored must see the window
        // open, or it holds the row again and the turn's own reply overtakes it.
        await db.Conversations.Where(c => c.Id == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastInboundAt, now), cancellationToken);
        return await held.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.Attempts, 0), cancellationToken);
    }
}
