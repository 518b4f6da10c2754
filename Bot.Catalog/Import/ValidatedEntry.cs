using Bot.Catalog.Publications;

namespace Bot.Catalog.Import;

/// <summary>A manifest entry whose metadata and PDF are both valid, with the extracted text.</summary>
public sealed record ValidatedEntry(ManifestEntry Entry, PdfContent Content)
{
    /// <summary>The publication metadata.</summary>
    public Publication Publication => Entry.Publication;
}
