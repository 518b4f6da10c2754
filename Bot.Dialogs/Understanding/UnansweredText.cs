using System.Text.RegularExpressions;
using Bot.Dialogs.Routing;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// What is kept of a text the bot could not place: folded, with anything that may identify
/// a person removed (emails, and runs of digits such as an identity or phone number), and
/// cut to a length that fits a question, not a letter.
/// </summary>
public static partial class UnansweredText
{
    public const int MaxLength = 160;

    public static string Scrub(string text)
    {
        var withoutEmails = Emails().Replace(text, " ");
        var normalized = TextNormalizer.Normalize(withoutEmails);

        // Years (4 digits) and small numbers stay: they are part of a question ("inflasi 2023").
        normalized = LongNumbers().Replace(normalized, "#");
        return normalized.Length > MaxLength ? normalized[..MaxLength].TrimEnd() : normalized;
    }

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex Emails();

    [GeneratedRegex(@"[0-9][0-9 ]{4,}[0-9]|[0-9]{5,}")]
    private static partial Regex LongNumbers();
}
