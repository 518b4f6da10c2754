namespace Bot.Catalog.Publications;

/// <summary>What kind of item a catalogue entry is.</summary>
public enum CatalogKind
{
    /// <summary>A publication (book, compendium, report).</summary>
    Publication = 0,

    /// <summary>A press release, "Berita Resmi Statistik" (BRS).</summary>
    PressRelease = 1,
}
