using Bot.Catalog.Publications;

namespace Bot.Catalog.Import;

/// <summary>Outcome of an import. When <see cref="Errors"/> is not empty nothing was imported.</summary>
/// <param name="Added">Ids newly added.</param>
/// <param name="Updated">Ids that replaced an existing publication.</param>
/// <param name="Errors">Validation problems, one per bad field.</param>
public sealed record ImportResult(IReadOnlyList<string> Added, IReadOnlyList<string> Updated, IReadOnlyList<ManifestError> Errors)
{
    /// <summary>True when the manifest was valid and imported.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Total publications written.</summary>
    public int Imported => Added.Count + Updated.Count;
}
