namespace Bot.Host.Health;

/// <summary>What /healthz reports: storage migrated and the workers running.</summary>
public sealed class HealthState
{
    public volatile bool StorageReady;
    public volatile bool WorkerRunning;
    public volatile bool SenderRunning;

    /// <summary>Set on a node configured not to process (Worker:Enabled=false): it only takes webhooks.</summary>
    public volatile bool WorkersDisabled;

    public bool IsHealthy => StorageReady && (WorkersDisabled || (WorkerRunning && SenderRunning));
}
