using Bot.Host.Messaging;
using Bot.Host.Messaging.Worker;

namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// SQLite, one node: a turn holds nothing while its dialogs run (the worker runs a conversation
/// on one task at a time). It reads without EF (<see cref="SqliteTurnReads"/>) and takes the
/// database's single write lock (<see cref="WriteGate"/>) only to commit; the conversation's
/// version makes the commit fail if someone else changed it meanwhile.
/// </summary>
internal sealed class SqliteTurnStore(BotDbContext db, WriteGate gate, SqliteWriteConnection writer, SqliteTurnReads reads) : ITurnStore
{
    private ConversationProfile _read;

    public ValueTask<TurnStart> BeginAsync(string conversationId, CancellationToken cancellationToken)
    {
        var (rows, record) = reads.Next(conversationId);
        if (record is null)
        {
            return ValueTask.FromResult(TurnStart.Nothing);
        }

        _read = new ConversationProfile(record);
        return ValueTask.FromResult(new TurnStart(TurnStatus.Processed, record, rows));
    }

    public Task<List<OutboxMessage>> CommitAsync(ConversationRecord conversation, InboxMessage message, CancellationToken cancellationToken)
    {
        // Sealed before the write lock is taken: every other commit and inbox write waits on it.
        var turn = TurnCommit.Prepare(db, conversation, message, detached: true, _read.Changed(conversation));
        return gate.RunAsync(() => TurnCommit.SaveAsync(db, writer, turn, cancellationToken), cancellationToken);
    }

    public Task<(long? Finished, List<OutboxMessage> Sending)> RecordFailureAsync(
        string conversationId, Func<InboxMessage, ConversationRecord, long?> fail, CancellationToken cancellationToken) =>
        gate.RunAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await MessagePathQueries.RecordFailureAsync(db, conversationId, fail, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);
}
