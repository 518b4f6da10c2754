using System.Collections.Concurrent;

namespace Bot.Host.Messaging;

/// <summary>Lets a web chat request wait, in this process, for the turn of the message it stored.</summary>
public sealed class TurnCompletions
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource> _waiting = new();

    /// <summary>Registers interest before checking storage, so a completion in between is not missed.</summary>
    public Task Register(long inboxId) =>
        _waiting.GetOrAdd(inboxId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(long inboxId) => _waiting.TryRemove(inboxId, out _);

    public void Complete(long inboxId)
    {
        if (_waiting.TryRemove(inboxId, out var source))
        {
            source.TrySetResult();
        }
    }

    /// <summary>The inbox ids waited for; another node may run their turns (see <see cref="RemoteCompletionWatcher"/>).</summary>
    internal ICollection<long> Waiting => _waiting.Keys;
}
