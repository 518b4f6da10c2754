namespace Bot.Host.Messaging;

/// <summary>Lets a web chat request wait, in this process, for the turn of the message it stored.</summary>
/// <remarks>
/// Several requests may wait for one message (a client retrying the same message id): they share
/// one completion, counted, so a request that stops waiting (answered from storage, or timed out)
/// does not take the completion away from the others still waiting.
/// </remarks>
public sealed class TurnCompletions
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, (TaskCompletionSource Source, int Waiters)> _waiting = [];

    /// <summary>Registers interest before checking storage, so a completion in between is not missed.</summary>
    public Task Register(long inboxId)
    {
        lock (_lock)
        {
            if (!_waiting.TryGetValue(inboxId, out var entry))
            {
                entry = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), 0);
            }

            _waiting[inboxId] = (entry.Source, entry.Waiters + 1);
            return entry.Source.Task;
        }
    }

    /// <summary>One waiter stops waiting; the completion goes when the last one does.</summary>
    public void Forget(long inboxId)
    {
        lock (_lock)
        {
            if (_waiting.TryGetValue(inboxId, out var entry))
            {
                if (entry.Waiters <= 1)
                {
                    _waiting.Remove(inboxId);
                }
                else
                {
                    _waiting[inboxId] = (entry.Source, entry.Waiters - 1);
                }
            }
        }
    }

    public void Complete(long inboxId)
    {
        TaskCompletionSource? source = null;
        lock (_lock)
        {
            if (_waiting.Remove(inboxId, out var entry))
            {
                source = entry.Source;
            }
        }

        source?.TrySetResult();
    }

    /// <summary>The inbox ids waited for; another node may run their turns (see <see cref="RemoteCompletionWatcher"/>).</summary>
    internal ICollection<long> Waiting
    {
        get
        {
            lock (_lock)
            {
                return _waiting.Keys.ToList();
            }
        }
    }
}
