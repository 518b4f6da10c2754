using System.Globalization;
using Bot.Dialogs.Model;

namespace Bot.Dialogs.Complaint;

/// <summary>A moment as a person reads it in a chat: weekday, date and time in WITA, per language.</summary>
public static class WitaText
{
    private static readonly CultureInfo s_indonesian = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>E.g. "Senin, 2 Maret 2026 pukul 09.30 WITA" / "Monday, 2 March 2026 at 09:30 WITA".</summary>
    public static string Format(DateTimeOffset moment, Language language)
    {
        var local = Wita.ToWita(moment);
        return language == Language.En
            ? local.ToString("dddd, d MMMM yyyy 'at' HH:mm 'WITA'", s_english)
            : local.ToString("dddd, d MMMM yyyy 'pukul' HH.mm 'WITA'", s_indonesian);
    }
}
