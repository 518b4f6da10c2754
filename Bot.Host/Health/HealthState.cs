namespace Bot.Host.Health;

/// <summary>What /healthz reports: storage migrated and the workers running.</summary>
public sealed class HealthState
{
    public volatile bool StorageReady;
    public volatile bool WorkerRunning;
    public volatile bool SenderRunning;

    public bool IsHealthy => StorageReady && WorkerRunning && SenderRunning;
}
