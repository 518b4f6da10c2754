using System.Globalization;
using Bot.Dialogs.Model;

namespace Bot.Dialogs.Complaint;

/// <summary>Central Indonesian Time (UTC+8, no daylight saving): how the office shows times and dates.</summary>
public static class Wita
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    private static readonly CultureInfo s_indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The office's calendar date of a moment.</summary>
    public static DateOnly Date(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);

    /// <summary>E.g. "Senin, 2 Maret 2026 pukul 09.30 WITA" / "Monday, 2 March 2026 at 09:30 WITA".</summary>
    public static string Format(DateTimeOffset moment, Language language)
    {
        var local = moment.ToOffset(Offset);
        return language == Language.En
            ? local.ToString("dddd, d MMMM yyyy 'at' HH:mm 'WITA'", s_english)
            : local.ToString("dddd, d MMMM yyyy 'pukul' HH.mm 'WITA'", s_indonesian);
    }
}
