namespace Bot.Host.Messaging.Worker;

/// <summary>
/// What one turn reads and writes, one implementation per storage provider (Storage/Sqlite,
/// Storage/Postgres). Resolved in the turn's scope: <see cref="BeginAsync"/>, the dialogs,
/// <see cref="CommitAsync"/>. A store shared by several nodes holds the conversation (a lease,
/// its row lock) from begin to commit; a store of one node needs nothing held while dialogs run.
/// </summary>
public interface ITurnStore
{
    /// <summary>
    /// Takes the conversation for this turn and reads its next pending messages (up to two,
    /// oldest first: the one to run, and whether another waits). <see cref="TurnStatus.Processed"/>
    /// means a turn is ready; otherwise nothing is held.
    /// </summary>
    ValueTask<TurnStart> BeginAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves in one transaction what the turn changed: the conversation, its inbox row, the new
    /// outbox rows and whatever the dialogs staged. Throws when someone else changed the
    /// conversation meanwhile (the worker runs the turn again). Returns the new rows waiting to be
    /// sent, with their ids, for the dispatcher.
    /// </summary>
    Task<List<OutboxMessage>> CommitAsync(ConversationRecord conversation, InboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Under the conversation's claim: reads its oldest pending message and the conversation,
    /// lets <paramref name="fail"/> change them (and stage replies), and saves. Returns what
    /// <paramref name="fail"/> returned and the rows to send; (null, []) when no message waits or
    /// another node holds the conversation.
    /// </summary>
    Task<(long? Finished, List<OutboxMessage> Sending)> RecordFailureAsync(
        string conversationId, Func<InboxMessage, ConversationRecord, long?> fail, CancellationToken cancellationToken);
}

/// <summary>The start of a turn: ready (<see cref="TurnStatus.Processed"/>) with its conversation and messages, or nothing to run.</summary>
public readonly record struct TurnStart(TurnStatus Status, ConversationRecord? Conversation, List<InboxMessage>? Messages)
{
    public static TurnStart Nothing => new(TurnStatus.NothingPending, null, null);

    public static TurnStart Elsewhere => new(TurnStatus.LeasedElsewhere, null, null);
}
