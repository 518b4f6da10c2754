namespace Bot.Host.Messaging;

/// <summary>
/// Wakes a background loop when there is new work, so it need not wait for its next poll.
/// Signals while the loop is busy collapse into one wake-up.
/// </summary>
public sealed class WorkSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the loop will look at storage anyway.
        }
    }

    /// <summary>Waits for a signal or the timeout, whichever comes first; true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}

/// <summary>The two queues' signals.</summary>
public sealed class WorkSignals
{
    public WorkSignal Inbox { get; } = new();

    public WorkSignal Outbox { get; } = new();
}
