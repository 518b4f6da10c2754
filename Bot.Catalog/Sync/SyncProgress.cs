namespace Bot.Catalog.Sync;

/// <summary>Where a sync is: <paramref name="Done"/> of <paramref name="Total"/> items needing work, and what it does now.</summary>
public sealed record SyncProgress(int Done, int Total, string Step);
