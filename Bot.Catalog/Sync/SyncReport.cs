using Bot.Catalog.Search;

namespace Bot.Catalog.Sync;

/// <summary>What one sync did.</summary>
public sealed record SyncReport
{
    /// <summary>Items new to the catalogue (what new-release notices are about).</summary>
    public IReadOnlyList<CatalogEntry> Added { get; init; } = [];

    /// <summary>Items fetched again because upstream changed them.</summary>
    public IReadOnlyList<CatalogEntry> Updated { get; init; } = [];

    /// <summary>Ids taken out of the search because upstream no longer lists them (files kept).</summary>
    public IReadOnlyList<string> Withdrawn { get; init; } = [];

    /// <summary>Items listed upstream and already up to date.</summary>
    public int Unchanged { get; init; }

    /// <summary>Items that failed; the others were synced.</summary>
    public IReadOnlyList<SyncProblem> Problems { get; init; } = [];

    /// <summary>Set when nothing could be done (wrong key, WebAPI unreachable).</summary>
    public string? Fatal { get; init; }

    /// <summary>0 all synced, 3 finished with problems, 1 nothing could be done.</summary>
    public int ExitCode => Fatal is not null ? 1 : Problems.Count > 0 ? 3 : 0;

    /// <summary>One line for logs and the terminal.</summary>
    public string Summary => Fatal is not null
        ? $"Sync failed, nothing was changed: {Fatal}"
        : $"Sync finished: {Added.Count} added, {Updated.Count} updated, {Withdrawn.Count} withdrawn, {Unchanged} unchanged, {Problems.Count} problem(s).";
}
