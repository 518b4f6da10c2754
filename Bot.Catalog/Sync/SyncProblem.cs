namespace Bot.Catalog.Sync;

/// <summary>One item that could not be synced; <see cref="ToString"/> is one line for the operator.</summary>
/// <param name="Id">Catalogue id (or the list that failed, e.g. "pressrelease page 3").</param>
/// <param name="Title">The item's title when known.</param>
/// <param name="Reason">Why.</param>
public sealed record SyncProblem(string Id, string? Title, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Title is null ? $"{Id}: {Reason}" : $"{Id} \"{Title}\": {Reason}";
}
