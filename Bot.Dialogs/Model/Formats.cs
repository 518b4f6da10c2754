using System.Globalization;

namespace Bot.Dialogs.Model;

/// <summary>
/// The one place for how numbers, sizes, times and dates read in each language: Indonesian
/// culture in Indonesian ("2.000", "2,1 MB", "08.00", "Senin, 7 Desember 2026"), British
/// English in English. Chat texts, web pages and the watermark footer all call these; CSV files
/// and APIs keep invariant ISO forms for machines.
/// </summary>
public static class Formats
{
    private static readonly CultureInfo s_indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo Culture(Language language) => language == Language.En ? s_english : s_indonesian;

    /// <summary>"2.000" in Indonesian, "2,000" in English: a count or an amount, never a year or a code.</summary>
    public static string Number(long value, Language language) => value.ToString("#,0", Culture(language));

    /// <summary>"2,1 MB" in Indonesian, "2.1 MB" in English.</summary>
    public static string Size(long bytes, Language language)
    {
        var culture = Culture(language);
        return bytes >= 1024 * 1024
            ? (bytes / 1024d / 1024d).ToString("0.0", culture) + " MB"
            : Number(Math.Max(1, bytes / 1024), language) + " KB";
    }

    /// <summary>"Senin, 2 Desember 2024" in Indonesian, "Monday, 2 December 2024" in English.</summary>
    public static string Date(DateOnly date, Language language) => date.ToString("dddd, d MMMM yyyy", Culture(language));

    /// <summary>"08.00" in Indonesian, "08:00" in English (a clock time without zone).</summary>
    public static string Clock(TimeOnly time, Language language) => time.ToString(language == Language.En ? "HH:mm" : "HH.mm", CultureInfo.InvariantCulture);

    /// <summary>"09.30 WITA" / "09:30 WITA": the time of a moment in the office's zone.</summary>
    public static string Time(DateTimeOffset moment, Language language) =>
        Clock(TimeOnly.FromDateTime(Wita.ToWita(moment).DateTime), language) + " WITA";

    /// <summary>"Senin, 2 Maret 2026 pukul 09.30 WITA" / "Monday, 2 March 2026 at 09:30 WITA".</summary>
    public static string Moment(DateTimeOffset moment, Language language) =>
        Date(Wita.Today(moment), language) + (language == Language.En ? " at " : " pukul ") + Time(moment, language);

    /// <summary>A command the user can type, always quoted the same way: "menu".</summary>
    public static string Command(string word) => "\"" + word + "\"";

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
