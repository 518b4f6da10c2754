namespace Bot.Host.Messaging;

/// <summary>This process's name in leases, unique per start so a restarted node does not inherit stale leases.</summary>
public sealed class NodeIdentity
{
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";
}
