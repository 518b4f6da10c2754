using Bot.Host.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Storage;

/// <summary>
/// The message path's reads and rare writes that go through EF, the same on every provider:
/// the per-provider stores (Sqlite/, Postgres/) share them.
/// </summary>
internal static class MessagePathQueries
{
    // Two rows: the one to run, and whether another waits behind it. Compiled once: these run
    // on every turn, and EF's per-call query-cache lookup is a large part of a short turn.
    private static readonly PerProvider<Func<BotDbContext, string, IAsyncEnumerable<InboxMessage>>> s_nextTwo = new(() => EF.CompileAsyncQuery(
        (BotDbContext db, string id) => db.Inbox.Where(m => m.ConversationId == id && m.Status == InboxStatus.Pending).OrderBy(m => m.Id).Take(2)));

    private static readonly PerProvider<Func<BotDbContext, string, Task<ConversationRecord>>> s_conversation = new(() => EF.CompileAsyncQuery(
        (BotDbContext db, string id) => db.Conversations.Single(c => c.Id == id)));

    private static readonly PerProvider<Func<BotDbContext, int, IAsyncEnumerable<OutboxMessage>>> s_pending = new(() => EF.CompileAsyncQuery(
        (BotDbContext db, int take) => db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.Id).Take(take)));

    /// <summary>The conversation's next two pending messages, tracked.</summary>
    public static async Task<List<InboxMessage>> NextTwoAsync(BotDbContext db, string conversationId, CancellationToken cancellationToken) =>
        await s_nextTwo.For(db)(db, conversationId).ToListAsync(cancellationToken);

    /// <summary>The conversation, tracked.</summary>
    public static Task<ConversationRecord> ConversationAsync(BotDbContext db, string conversationId) => s_conversation.For(db)(db, conversationId);

    public static async Task<List<OutboxMessage>> PendingOutboxAsync(BotDbContext db, int take, CancellationToken cancellationToken) =>
        await s_pending.For(db)(db, take).ToListAsync(cancellationToken);

    public static Task<List<string>> WaitingConversationsAsync(BotDbContext db, DateTimeOffset? receivedBefore, int limit, CancellationToken cancellationToken)
    {
        var query = db.Inbox.AsNoTracking().Where(m => m.Status == InboxStatus.Pending);
        if (receivedBefore is { } settled)
        {
            query = query.Where(m => m.ReceivedAt < settled);
        }

        return query
            .GroupBy(m => m.ConversationId)
            .OrderBy(g => g.Min(m => m.Id))
            .Select(g => g.Key)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public static Task<List<long>> FinishedAsync(BotDbContext db, IReadOnlyCollection<long> inboxIds, CancellationToken cancellationToken) =>
        db.Inbox.AsNoTracking()
            .Where(m => inboxIds.Contains(m.Id) && m.Status != InboxStatus.Pending)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Takes the conversation for <paramref name="owner"/> if free, expired or already theirs; extends the lease.</summary>
    public static async Task<bool> ClaimAsync(BotDbContext db, string conversationId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        await db.Conversations
            .Where(c => c.Id == conversationId && (c.LeaseOwner == null || c.LeaseOwner == owner || c.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, owner).SetProperty(c => c.LeaseUntil, until), cancellationToken) == 1;

    /// <summary>
    /// Reads the oldest pending message and its conversation (tracked), lets <paramref name="fail"/>
    /// change them and stage replies, and saves in the caller's transaction.
    /// </summary>
    public static async Task<(long? Finished, List<OutboxMessage> Sending)> RecordFailureAsync(
        BotDbContext db, string conversationId, Func<InboxMessage, ConversationRecord, long?> fail, CancellationToken cancellationToken)
    {
        var row = await db.Inbox
            .Where(m => m.ConversationId == conversationId && m.Status == InboxStatus.Pending)
            .OrderBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return (null, []);
        }

        var record = await db.Conversations.SingleAsync(c => c.Id == conversationId, cancellationToken);
        var finished = fail(row, record);
        var sending = db.ChangeTracker.Entries<OutboxMessage>()
            .Where(e => e.State == EntityState.Added && e.Entity.Status == OutboxStatus.Pending).Select(e => e.Entity).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return (finished, sending);
    }
}
