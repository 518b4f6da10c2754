namespace Bot.Host.Messaging.Worker;

/// <summary>
/// What the worker loop asks storage between turns, one implementation per provider
/// (Storage/Sqlite, Storage/Postgres). A singleton; each call uses a short scope of its own.
/// </summary>
public interface IWorkStore
{
    /// <summary>
    /// Whether several nodes share the store: conversations are then leased to one node at a
    /// time, and a node leaves another's fresh messages to it for a moment. A store of one node
    /// (SQLite) sees everything and holds no leases.
    /// </summary>
    bool SharedByNodes { get; }

    /// <summary>Conversations with pending messages, by their oldest message; only messages received before <paramref name="receivedBefore"/> if given.</summary>
    Task<List<string>> WaitingConversationsAsync(DateTimeOffset? receivedBefore, int limit, CancellationToken cancellationToken);

    /// <summary>Frees this node's lease on the conversation (a store of one node has none).</summary>
    Task ReleaseLeaseAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>At start: frees leases an earlier, dead run of this node left (a store of one node); shared stores wait for them to expire.</summary>
    Task ReleaseLeasesOfEarlierRunAsync(CancellationToken cancellationToken);

    /// <summary>Of <paramref name="inboxIds"/>, those whose turn is over (done or set aside), wherever it ran.</summary>
    Task<List<long>> FinishedAsync(IReadOnlyCollection<long> inboxIds, CancellationToken cancellationToken);
}
