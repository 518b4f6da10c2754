using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Storage;

namespace Bot.Host.Tickets;

/// <summary>
/// Changes a user's conversation from outside the user's own turn (a staff turn, the escalation
/// check): loads its state, lets the caller change it and add replies, and stores both in the
/// caller's unit of work. On SQLite every turn holds the write lock for its whole transaction,
/// so this never races the user's own turn; see docs/complaints.md for PostgreSQL.
/// </summary>
internal sealed class UserConversations(BotDbContext db, OutboxWriter outbox, TimeProvider clock)
{
    /// <summary>False when the conversation no longer exists (the user deleted their data).</summary>
    public async Task<bool> UpdateAsync(string? conversationId, Func<Conversation, IEnumerable<Outbound>> change, CancellationToken cancellationToken)
    {
        if (conversationId is null || await db.Conversations.FindAsync([conversationId], cancellationToken) is not { } record)
        {
            return false;
        }

        var state = string.IsNullOrEmpty(record.State)
            ? new Conversation { Channel = record.Channel, Key = record.Key }
            : MessageJson.Deserialize<Conversation>(record.State);
        foreach (var reply in change(state).ToList())
        {
            outbox.Enqueue(record, reply);
        }

        record.State = MessageJson.Serialize(state);
        record.UpdatedAt = clock.GetUtcNow();
        return true;
    }
}
