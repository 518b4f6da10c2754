namespace Bot.Host.Messaging;

/// <summary>
/// Wakes a background loop when there is new work, so it need not wait for its next poll.
/// Signals while the loop is busy collapse into one wake-up.
/// </summary>
public sealed class WorkSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);
    private int _set;
    private int _scan;

    /// <summary>Wakes the loop and asks it to look at storage (work it was not told about row by row).</summary>
    public void Set()
    {
        Interlocked.Exchange(ref _scan, 1);
        Wake();
    }

    /// <summary>True once after <see cref="Set"/>: the loop should look at storage.</summary>
    public bool TakeScanRequest() => Interlocked.Exchange(ref _scan, 0) == 1;

    /// <summary>Wakes the loop for work it was handed in memory.</summary>
    public void Wake()
    {
        // One pending wake-up is enough: the loop looks at everything when it wakes. The flag
        // keeps a burst of signals from each paying for a full semaphore.
        if (Interlocked.Exchange(ref _set, 1) == 0)
        {
            _semaphore.Release();
        }
    }

    /// <summary>Waits for a signal or the timeout, whichever comes first; true when signalled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var signalled = await _semaphore.WaitAsync(timeout, cancellationToken);
        if (signalled)
        {
            // Cleared before the loop looks at storage, so work stored after this point signals
            // again and work stored before it is seen by the look. (On a timeout a signal that
            // raced in keeps its flag and its count, and the next wait takes it at once.)
            Interlocked.Exchange(ref _set, 0);
        }

        return signalled;
    }
}

/// <summary>The two queues' signals.</summary>
public sealed class WorkSignals
{
    public WorkSignal Inbox { get; } = new();

    /// <summary>
    /// Conversations with a message just stored by this process: on a single node the worker
    /// starts them from here instead of searching the inbox on every wake-up.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> InboxConversations { get; } = new();

    /// <summary>Outbox rows just committed by this process, for the dispatcher to send without reading them back.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<OutboxMessage> NewOutbox { get; } = new();

    /// <summary>Hands committed, pending outbox rows to the dispatcher.</summary>
    public void OutboxStored(IEnumerable<OutboxMessage> rows)
    {
        foreach (var row in rows)
        {
            NewOutbox.Enqueue(row);
        }

        Outbox.Wake();
    }

    /// <summary>Tells the worker that <paramref name="conversationId"/> has a new message.</summary>
    public void MessageStored(string conversationId)
    {
        InboxConversations.Enqueue(conversationId);
        Inbox.Wake();
    }

    public WorkSignal Outbox { get; } = new();
}
