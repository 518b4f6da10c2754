using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Messaging;

/// <summary>
/// Runs the next pending turn of one conversation and commits, in one transaction, the new
/// conversation state, whatever the dialogs changed (users, tickets, downloads…), the replies
/// in the outbox, and the inbox row marked done. Resolved in a fresh scope per turn.
/// </summary>
public sealed class TurnProcessor(BotDbContext db, Router router, OutboxWriter outbox, TimeProvider clock, TurnScope turn, IStaffTurnHandler? staff = null)
{
    /// <summary>Processes the oldest pending message of the conversation; false when there is none.</summary>
    public async Task<long?> ProcessNextAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Inbox
            .Where(m => m.ConversationId == conversationId && m.Status == InboxStatus.Pending)
            .OrderBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var record = await db.Conversations.SingleAsync(c => c.Id == conversationId, cancellationToken);
        var conversation = string.IsNullOrEmpty(record.State)
            ? new Conversation { Channel = record.Channel, Key = record.Key }
            : MessageJson.Deserialize<Conversation>(record.State);
        var inbound = MessageJson.Deserialize<Inbound>(row.Payload);
        var now = clock.GetUtcNow();
        var context = new TurnContext(conversation, inbound, now);
        turn.Begin(record, context);

        // The staff group is a conversation too, but its messages are commands and replies for
        // tickets, not dialog answers.
        if (record.Channel == ChannelNames.Staff && staff is not null)
        {
            await staff.HandleAsync(context, cancellationToken);
        }
        else
        {
            await router.HandleAsync(context, cancellationToken);
        }

        foreach (var reply in context.Replies)
        {
            outbox.Enqueue(record, reply, row.Id);
        }

        record.State = MessageJson.Serialize(conversation);
        record.UpdatedAt = now;
        row.Status = InboxStatus.Done;
        row.ProcessedAt = now;
        row.Attempts++;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return row.Id;
    }

    /// <summary>
    /// Records a failed attempt. After the last one the message is set aside and the user gets
    /// an apology, so one poisonous message never blocks the conversation.
    /// </summary>
    public async Task<long?> RecordFailureAsync(string conversationId, string error, int maxAttempts, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Inbox
            .Where(m => m.ConversationId == conversationId && m.Status == InboxStatus.Pending)
            .OrderBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        row.Attempts++;
        row.Error = error.Length > 2000 ? error[..2000] : error;
        long? finished = null;
        if (row.Attempts >= maxAttempts)
        {
            row.Status = InboxStatus.Failed;
            row.ProcessedAt = clock.GetUtcNow();
            var record = await db.Conversations.SingleAsync(c => c.Id == conversationId, cancellationToken);
            var language = string.IsNullOrEmpty(record.State) ? Language.Id : MessageJson.Deserialize<Conversation>(record.State).Language;
            outbox.Enqueue(record, new Outbound(RouterTexts.ProcessingFailed.In(language)), row.Id);
            finished = row.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return finished;
    }
}
