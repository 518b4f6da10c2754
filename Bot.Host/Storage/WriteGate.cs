namespace Bot.Host.Storage;

/// <summary>
/// Lets one write transaction at a time into SQLite. SQLite has a single writer anyway;
/// without the gate, writers that collide get SQLITE_BUSY and Microsoft.Data.Sqlite retries
/// them after sleeping 150 ms, which under load turns a sub-millisecond commit into latency
/// spikes of seconds. PostgreSQL needs no gate.
/// Short writes that something waits on (an inbox insert before a webhook's answer, the record
/// of a send before the next send) go ahead of turn commits; each class in arrival order.
/// Re-entrant within one async flow, so a gated section may call another.
/// </summary>
public sealed class WriteGate(bool enabled)
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _urgent = new();
    private readonly Queue<TaskCompletionSource> _normal = new();
    private readonly AsyncLocal<bool> _held = new();
    private bool _busy;

    public bool Enabled { get; } = enabled;

    /// <param name="write">The write.</param>
    /// <param name="cancellationToken">Cancels the wait for the gate.</param>
    /// <param name="urgent">A short write someone is waiting on: it goes before the waiting turn commits.</param>
    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken = default, bool urgent = false)
    {
        if (!Enabled || _held.Value)
        {
            return await write();
        }

        await EnterAsync(urgent, cancellationToken);
        try
        {
            _held.Value = true;
            return await write();
        }
        finally
        {
            _held.Value = false;
            Exit();
        }
    }

    public Task RunAsync(Func<Task> write, CancellationToken cancellationToken = default, bool urgent = false) =>
        RunAsync(async () =>
        {
            await write();
            return true;
        }, cancellationToken, urgent);

    /// <summary>
    /// The same for a synchronous write on a thread of its own (the checkpointer): it blocks that
    /// thread, not one of the pool's, while it waits and while it writes.
    /// </summary>
    public T Run<T>(Func<T> write)
    {
        if (!Enabled || _held.Value)
        {
            return write();
        }

        if (Queue(urgent: false) is { } turn)
        {
            turn.Task.Wait();
        }

        try
        {
            _held.Value = true;
            return write();
        }
        finally
        {
            _held.Value = false;
            Exit();
        }
    }

    private async Task EnterAsync(bool urgent, CancellationToken cancellationToken)
    {
        if (Queue(urgent) is not { } turn)
        {
            return;
        }

        // A cancelled waiter stays in its queue, completed; Exit skips it.
        await using var registration = cancellationToken.Register(() => turn.TrySetCanceled(cancellationToken));
        await turn.Task;
    }

    /// <summary>Takes the gate if free (null), or queues a waiter that <see cref="Exit"/> completes in its turn.</summary>
    private TaskCompletionSource? Queue(bool urgent)
    {
        lock (_lock)
        {
            if (!_busy)
            {
                _busy = true;
                return null;
            }

            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (urgent ? _urgent : _normal).Enqueue(turn);
            return turn;
        }
    }

    private void Exit()
    {
        lock (_lock)
        {
            while (_urgent.TryDequeue(out var next) || _normal.TryDequeue(out next))
            {
                if (next.TrySetResult())
                {
                    return;
                }
            }

            _busy = false;
        }
    }
}
