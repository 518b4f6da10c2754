using Bot.Dialogs.Model;

namespace Bot.Dialogs.Texts;

/// <summary>Texts of the catalogue search and the publication detail.</summary>
public static class SearchTexts
{
    public static readonly Bilingual AskQuery = new(
        "Publikasi apa yang Anda cari? Ketik kata kunci, mis. \"inflasi 2024\", \"IPM\", atau \"Tarakan dalam angka\".",
        "Which publication are you looking for? Type keywords, e.g. \"inflation 2024\", \"HDI\", or \"Tarakan in figures\".");

    public static readonly Bilingual Results = new(
        "Hasil untuk \"{0}\": {1} publikasi (halaman {2} dari {3}).\n{4}",
        "Results for \"{0}\": {1} publications (page {2} of {3}).\n{4}");

    public static readonly Bilingual ResultLine = new("{0}. {1} ({2}) · {3} hlm · {4}", "{0}. {1} ({2}) · {3} pp · {4}");

    /// <summary>A press release in the results: its release date instead of the year.</summary>
    public static readonly Bilingual PressReleaseLine = new("{0}. BRS: {1} ({2}) · {3} hlm · {4}", "{0}. Press release: {1} ({2}) · {3} pp · {4}");

    public static readonly Bilingual Preparing = new(
        "Mohon maaf, katalog publikasi sedang disiapkan dan akan siap dalam beberapa menit. Silakan coba lagi sebentar lagi.",
        "Sorry, the publication catalogue is being prepared and will be ready in a few minutes. Please try again shortly.");

    public static readonly Bilingual NoResults = new(
        "Maaf, tidak ada publikasi yang cocok dengan \"{0}\".",
        "Sorry, no publication matches \"{0}\".");

    public static readonly Bilingual DidYouMean = new("Mungkin maksud Anda: \"{0}\"?", "Did you mean: \"{0}\"?");

    public static readonly Bilingual NoResultsHelp = new(
        "Coba kata lain, atau minta bantuan petugas kami.",
        "Try other words, or ask our staff for help.");

    public static readonly Bilingual SearchSuggestion = new("Cari \"{0}\"", "Search \"{0}\"");
    public static readonly Bilingual NextPage = new("Halaman berikutnya (lagi)", "Next page (more)");
    public static readonly Bilingual NewSearch = new("Cari lagi", "New search");
    public static readonly Bilingual AskStaff = new("Chat dengan petugas", "Chat with staff");
    public static readonly Bilingual Menu = new("Menu utama", "Main menu");

    public static readonly Bilingual NoMorePages = new("Itu halaman terakhir.", "That was the last page.");

    public static readonly Bilingual QueryTooShort = new(
        "Kata kunci terlalu pendek. Ketik minimal 2 huruf, mis. \"IPM\".",
        "The keyword is too short. Type at least 2 letters, e.g. \"HDI\".");

    public static readonly Bilingual Unavailable = new(
        "Maaf, publikasi itu sudah tidak tersedia. Silakan pilih yang lain.",
        "Sorry, that publication is no longer available. Please choose another.");
}
