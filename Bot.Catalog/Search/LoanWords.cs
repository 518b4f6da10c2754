namespace Bot.Catalog.Search;

/// <summary>
/// Loanwords ending in "-i" that the Indonesian stemmer would cut ("ekonomi" → "ekonom") while their
/// derived forms lose only the affixes ("perekonomian" → "ekonomi"), so the two would never meet.
/// Protecting the base word makes both end at the same term. ("-si" words are already left alone.)
/// </summary>
public static class LoanWords
{
    /// <summary>Lower-case words protected from stemming.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        "ekonomi", "industri", "teknologi", "energi", "demografi", "geografi", "topografi", "ekologi", "biologi",
        "metodologi", "psikologi", "sosiologi", "strategi", "kategori", "akademi", "memori", "teori", "galeri",
    ];
}
