namespace Bot.Host.Storage;

/// <summary>
/// Lets one write transaction at a time into SQLite, in arrival order. SQLite has a single
/// writer anyway; without the gate, writers that collide get SQLITE_BUSY and
/// Microsoft.Data.Sqlite retries them after sleeping 150 ms, which under load turns a
/// sub-millisecond commit into latency spikes of seconds. PostgreSQL needs no gate.
/// Re-entrant within one async flow, so a gated section may call another.
/// </summary>
public sealed class WriteGate(bool enabled)
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private readonly AsyncLocal<bool> _held = new();

    public bool Enabled { get; } = enabled;

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken = default)
    {
        if (!Enabled || _held.Value)
        {
            return await write();
        }

        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            _held.Value = true;
            return await write();
        }
        finally
        {
            _held.Value = false;
            _semaphore.Release();
        }
    }

    public Task RunAsync(Func<Task> write, CancellationToken cancellationToken = default) =>
        RunAsync(async () =>
        {
            await write();
            return true;
        }, cancellationToken);
}
