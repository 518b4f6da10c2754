using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Host.Configuration;
using Bot.Host.Limits;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging;

/// <summary>
/// Runs the next pending turn of one conversation and commits, in one transaction, the new
/// conversation state, whatever the dialogs changed (users, tickets, downloads…), the replies
/// in the outbox, and the inbox row marked done. Resolved in a fresh scope per turn.
/// On PostgreSQL (several nodes) the transaction begins by claiming (or renewing) this node's
/// lease on the conversation row, which stays locked until commit, so a node whose lease
/// expired during a slow turn cannot commit a turn another node is also running; when no
/// further message waits, the lease is released in the same commit.
/// On SQLite (one node) the worker already runs a conversation on one task at a time, so there
/// is no lease: the dialogs run without holding the database's single write lock, which is
/// taken only for the commit. A conversation changed meanwhile by someone else (a staff turn
/// replying to it) fails the commit on its version, and the worker runs the turn again.
/// </summary>
public sealed class TurnProcessor(
    BotDbContext db,
    Router router,
    OutboxWriter outbox,
    TimeProvider clock,
    TurnScope turn,
    NodeIdentity node,
    IOptions<WorkerOptions> options,
    InboundRateLimiter limiter,
    WriteGate gate,
    WorkSignals signals,
    IStaffTurnHandler? staff = null,
    SqliteWriteConnection? writer = null,
    SqliteTurnReads? reads = null)
{
    /// <summary>Processes the oldest pending message of the conversation; null when there is none (or another node has it).</summary>
    public async Task<long?> ProcessNextAsync(string conversationId, CancellationToken cancellationToken)
    {
        var result = await RunNextAsync(conversationId, cancellationToken);
        return result.Status == TurnStatus.Processed ? result.InboxId : null;
    }

    /// <summary>Runs the oldest pending message of the conversation as one turn, under this node's lease.</summary>
    public Task<TurnResult> RunNextAsync(string conversationId, CancellationToken cancellationToken) =>
        gate.Enabled ? RunNextLocalAsync(conversationId, cancellationToken) : RunNextSharedAsync(conversationId, cancellationToken);

    /// <summary>SQLite: read (untracked, see <see cref="SqliteTurnReads"/>), run the dialogs, then hold the write gate only to commit.</summary>
    private async Task<TurnResult> RunNextLocalAsync(string conversationId, CancellationToken cancellationToken)
    {
        var (rows, record) = (reads ?? throw new InvalidOperationException("SQLite turns need SqliteTurnReads.")).Next(conversationId);
        if (record is null)
        {
            return TurnResult.Nothing;
        }

        var result = await RunAsync(record, rows, cancellationToken);
        var sending = await gate.RunAsync(() => TurnCommit.SaveAsync(db, writer, record, rows[0], cancellationToken, detached: true), cancellationToken);
        signals.OutboxStored(sending);
        return result;
    }

    /// <summary>The replies (and staff posts, mails) this turn adds for sending; they have ids once saved.</summary>
    private List<OutboxMessage> PendingOutbox() =>
        db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added && e.Entity.Status == OutboxStatus.Pending).Select(e => e.Entity).ToList();

    /// <summary>PostgreSQL: the whole turn in one transaction that holds the conversation's row lock.</summary>
    private async Task<TurnResult> RunNextSharedAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(conversationId, cancellationToken))
        {
            return TurnResult.Elsewhere;
        }

        var rows = await s_nextTwo.For(db)(db, conversationId).ToListAsync(cancellationToken);
        var record = await s_conversation.For(db)(db, conversationId);
        if (rows.Count == 0)
        {
            Release(record);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return TurnResult.Nothing;
        }

        var result = await RunAsync(record, rows, cancellationToken);
        var sending = await TurnCommit.SaveAsync(db, writer, record, rows[0], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signals.OutboxStored(sending);
        return result;
    }

    // Two rows: the one to run, and whether another waits behind it. Compiled once: these run
    // on every turn, and EF's per-call query-cache lookup is a large part of a short turn.
    private static readonly PerProvider<Func<BotDbContext, string, IAsyncEnumerable<InboxMessage>>> s_nextTwo = new(() => EF.CompileAsyncQuery(
        (BotDbContext db, string id) => db.Inbox.Where(m => m.ConversationId == id && m.Status == InboxStatus.Pending).OrderBy(m => m.Id).Take(2)));

    private static readonly PerProvider<Func<BotDbContext, string, Task<ConversationRecord>>> s_conversation = new(() => EF.CompileAsyncQuery(
        (BotDbContext db, string id) => db.Conversations.Single(c => c.Id == id)));

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
    public Task<long?> RecordFailureAsync(string conversationId, string error, int maxAttempts, CancellationToken cancellationToken) =>
        gate.RunAsync(() => RecordFailureGatedAsync(conversationId, error, maxAttempts, cancellationToken), cancellationToken);

    private async Task<long?> RecordFailureGatedAsync(string conversationId, string error, int maxAttempts, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(conversationId, cancellationToken))
        {
            return null;
        }

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

        var sending = PendingOutbox();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signals.OutboxStored(sending);
        return finished;
    }

    /// <summary>Takes the conversation for this node if free, expired or already ours; extends the lease.</summary>
    private async Task<bool> ClaimAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (gate.Enabled)
        {
            // SQLite is one node, and its worker runs a conversation on one task at a time.
            return true;
        }

        var now = clock.GetUtcNow();
        var until = now.AddSeconds(options.Value.LeaseSeconds);
        var me = node.Id;
        var claimed = await db.Conversations
            .Where(c => c.Id == conversationId && (c.LeaseOwner == null || c.LeaseOwner == me || c.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, me).SetProperty(c => c.LeaseUntil, until), cancellationToken);
        return claimed == 1;
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
