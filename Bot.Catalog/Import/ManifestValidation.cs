using Bot.Catalog.Publications;

namespace Bot.Catalog.Import;

/// <summary>Outcome of validating a manifest and its PDFs.</summary>
public sealed record ManifestValidation(IReadOnlyList<ValidatedEntry> Entries, IReadOnlyList<ManifestError> Errors)
{
    /// <summary>True when every entry is valid.</summary>
    public bool IsValid => Errors.Count == 0;
}
