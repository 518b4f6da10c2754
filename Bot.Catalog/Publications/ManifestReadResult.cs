namespace Bot.Catalog.Publications;

/// <summary>Outcome of reading a manifest: valid entries plus every problem found.</summary>
public sealed record ManifestReadResult(IReadOnlyList<ManifestEntry> Entries, IReadOnlyList<ManifestError> Errors)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Errors.Count == 0;
}
