namespace Bot.Host.Queue;

/// <summary>
/// Wakes every open board (SSE stream) of this node when the queue changed here. Boards also
/// re-read every Queue:BoardRefreshSeconds, which covers changes made on another node.
/// </summary>
internal sealed class BoardSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task that completes at the next change.</summary>
    public Task NextChange => Volatile.Read(ref _next).Task;

    public void Changed() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
