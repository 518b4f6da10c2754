using System.Globalization;

namespace Bot.Dialogs.Model;

/// <summary>Numbers and sizes as a reader of each language expects them.</summary>
public static class Formats
{
    private static readonly CultureInfo s_indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static CultureInfo Culture(Language language) => language == Language.En ? CultureInfo.InvariantCulture : s_indonesian;

    /// <summary>"2,1 MB" in Indonesian, "2.1 MB" in English.</summary>
    public static string Size(long bytes, Language language)
    {
        var culture = Culture(language);
        return bytes >= 1024 * 1024
            ? (bytes / 1024d / 1024d).ToString("0.0", culture) + " MB"
            : Math.Max(1, bytes / 1024).ToString(culture) + " KB";
    }

    /// <summary>"2 Desember 2024" in Indonesian, "2 December 2024" in English.</summary>
    public static string Date(DateOnly date, Language language) =>
        date.ToString("d MMMM yyyy", language == Language.En ? CultureInfo.GetCultureInfo("en-GB") : s_indonesian);

    /// <summary>Shortens a title for a button, at a word boundary.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]) + "…";
    }
}
