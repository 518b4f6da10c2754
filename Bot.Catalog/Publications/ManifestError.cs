namespace Bot.Catalog.Publications;

/// <summary>One problem found in a manifest entry.</summary>
/// <param name="Index">Zero-based position of the entry in the manifest array, or -1 for the manifest itself.</param>
/// <param name="Id">The entry's id when it could be read.</param>
/// <param name="Field">The offending field ("manifest" for file-level problems).</param>
/// <param name="Reason">Human-readable reason.</param>
public sealed record ManifestError(int Index, string? Id, string Field, string Reason)
{
    /// <summary>One line, e.g. <c>entry #3 (id "kda-2024"): year: must be a whole number between 1900 and 2100</c>.</summary>
    public override string ToString() => Index < 0
        ? $"manifest: {Reason}"
        : $"entry #{Index + 1} (id \"{Id ?? "?"}\"): {Field}: {Reason}";
}
