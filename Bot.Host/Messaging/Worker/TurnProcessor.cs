using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Host.Limits;
using Bot.Host.Messaging.Inbox;

namespace Bot.Host.Messaging.Worker;

/// <summary>
/// Runs the next pending turn of one conversation and commits, in one transaction, the new
/// conversation state, whatever the dialogs changed (users, tickets, downloads…), the replies
/// in the outbox, and the inbox row marked done. Resolved in a fresh scope per turn.
/// What is held while the dialogs run is the store's (<see cref="ITurnStore"/>): a store shared
/// by several nodes (PostgreSQL) claims or renews this node's lease on the conversation row,
/// locked until commit, so a node whose lease expired during a slow turn cannot commit a turn
/// another node is also running; when no further message waits, the lease is released in the
/// same commit. A store of one node (SQLite) holds nothing: the worker already runs a
/// conversation on one task at a time, and the dialogs run without the database's single write
/// lock, taken only for the commit. A conversation changed meanwhile by someone else (a staff
/// turn replying to it) fails the commit on its version, and the worker runs the turn again.
/// </summary>
public sealed class TurnProcessor(
    ITurnStore store,
    Router router,
    OutboxWriter outbox,
    TimeProvider clock,
    TurnScope turn,
    InboundRateLimiter limiter,
    WorkSignals signals,
    IStaffTurnHandler? staff = null)
{
    /// <summary>Processes the oldest pending message of the conversation; null when there is none (or another node has it).</summary>
    public async Task<long?> ProcessNextAsync(string conversationId, CancellationToken cancellationToken)
    {
        var result = await RunNextAsync(conversationId, cancellationToken);
        return result.Status == TurnStatus.Processed ? result.InboxId : null;
    }

    /// <summary>Runs the oldest pending message of the conversation as one turn.</summary>
    public async Task<TurnResult> RunNextAsync(string conversationId, CancellationToken cancellationToken)
    {
        var start = await store.BeginAsync(conversationId, cancellationToken);
        if (start is not { Status: TurnStatus.Processed, Conversation: { } record, Messages: { } rows })
        {
            return start.Status == TurnStatus.LeasedElsewhere ? TurnResult.Elsewhere : TurnResult.Nothing;
        }

        var result = await RunAsync(record, rows, cancellationToken);
        var sending = await store.CommitAsync(record, rows[0], cancellationToken);
        signals.OutboxStored(sending);
        return result;
    }

    /// <summary>Runs the first of <paramref name="rows"/> through the dialogs; the caller saves.</summary>
    private async Task<TurnResult> RunAsync(ConversationRecord record, List<InboxMessage> rows, CancellationToken cancellationToken)
    {
        var row = rows[0];
        var conversation = string.IsNullOrEmpty(record.State)
            ? new Conversation { Channel = record.Channel, Key = record.Key }
            : MessageJson.Deserialize<Conversation>(record.State);
        var inbound = InboundText.Clean(MessageJson.Deserialize<Inbound>(row.Payload));
        var now = clock.GetUtcNow();
        var context = new TurnContext(conversation, inbound, now);
        turn.Begin(record, context, row);

        var verdict = record.Channel == ChannelNames.Staff ? RateVerdict.Allow : limiter.Check(record, row.ReceivedAt);
        if (verdict == RateVerdict.Allow)
        {
            // The staff group is a conversation too, but its messages are commands and replies
            // for tickets, not dialog answers.
            if (record.Channel == ChannelNames.Staff && staff is not null)
            {
                await staff.HandleAsync(context, cancellationToken);
            }
            else
            {
                await router.HandleAsync(context, cancellationToken);
            }

            record.State = MessageJson.Serialize(conversation);
        }
        else
        {
            // Kept (nothing a user sends is thrown away) but not answered one by one.
            row.Error = InboundRateLimiter.LimitedNote;
            if (verdict == RateVerdict.Notify)
            {
                context.Say(LimitTexts.SlowDown);
            }
        }

        // (Dialogs may also have queued mail or staff posts on the same unit of work: the caller
        // hands every new pending row to the dispatcher once the turn commits.)
        foreach (var reply in ReplyJoiner.ForChannel(record.Channel, context.Replies))
        {
            outbox.Enqueue(record, reply, row.Id);
        }

        record.UpdatedAt = now;
        row.Status = InboxStatus.Done;
        row.ProcessedAt = now;
        row.Attempts++;
        var more = rows.Count > 1;
        if (!more)
        {
            Release(record);
        }

        return new TurnResult(TurnStatus.Processed, row.Id, more);
    }

    /// <summary>
    /// Records a failed attempt. After the last one the message is set aside and the user gets
    /// an apology, so one poisonous message never blocks the conversation.
    /// </summary>
    public async Task<long?> RecordFailureAsync(string conversationId, string error, int maxAttempts, CancellationToken cancellationToken)
    {
        var (finished, sending) = await store.RecordFailureAsync(conversationId, (row, record) =>
        {
            row.Attempts++;
            row.Error = error.Length > 2000 ? error[..2000] : error;
            if (row.Attempts < maxAttempts)
            {
                return null;
            }

            row.Status = InboxStatus.Failed;
            row.ProcessedAt = clock.GetUtcNow();
            var language = string.IsNullOrEmpty(record.State) ? Language.Id : MessageJson.Deserialize<Conversation>(record.State).Language;
            outbox.Enqueue(record, new Outbound(RouterTexts.ProcessingFailed.In(language)), row.Id);
            return row.Id;
        }, cancellationToken);
        signals.OutboxStored(sending);
        return finished;
    }

    private static void Release(ConversationRecord record)
    {
        if (record.LeaseOwner is null)
        {
            return;
        }

        record.LeaseOwner = null;
        record.LeaseUntil = null;
    }
}
