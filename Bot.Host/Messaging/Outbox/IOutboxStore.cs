namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// What the dispatcher and the send journal read and write in the outbox table, one
/// implementation per storage provider (Storage/Sqlite, Storage/Postgres). A singleton.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Whether several nodes share the store. Then each row is leased before it is sent, and each
    /// send is recorded on its row at once. A store of one node (SQLite) has one writer that turn
    /// commits keep busy: sends are recorded in the local journal first (<see cref="OutboxJournal"/>)
    /// and applied in batches.
    /// </summary>
    bool SharedByNodes { get; }

    /// <summary>Pending rows (unsent, or waiting for a retry), oldest first, untracked.</summary>
    Task<List<OutboxMessage>> PendingAsync(int take, CancellationToken cancellationToken);

    /// <summary>Takes (or extends) <paramref name="owner"/>'s lease on a pending row; false when another node holds it or it is no longer pending.</summary>
    Task<bool> LeaseAsync(long outboxId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// Writes send records to their rows, in order, in one transaction.
    /// <paramref name="urgent"/>: something waits on it (the next send, a webhook), so it goes before waiting turn commits.
    /// <paramref name="cancellationToken"/> cancels the wait for the writer, never a write halfway.
    /// </summary>
    Task RecordAsync(IReadOnlyList<SendRecord> records, bool urgent, CancellationToken cancellationToken);
}
