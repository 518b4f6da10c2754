namespace Bot.Catalog.Publications;

/// <summary>A syntactically valid manifest entry together with the absolute path of its PDF.</summary>
/// <param name="Index">Zero-based position in the manifest.</param>
/// <param name="Publication">Parsed metadata.</param>
/// <param name="SourcePath">Absolute path of the PDF named by <see cref="Publication.File"/>.</param>
public sealed record ManifestEntry(int Index, Publication Publication, string SourcePath);
