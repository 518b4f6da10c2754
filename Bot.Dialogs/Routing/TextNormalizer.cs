using System.Globalization;
using System.Text;

namespace Bot.Dialogs.Routing;

/// <summary>Folds user text for matching: lower case, no accents or punctuation, single spaces.</summary>
public static class TextNormalizer
{
    private static readonly string[] s_suffixes = ["nya", "kah", "lah"];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // Unicode normalisation refuses lone surrogates (a cut emoji, a malformed body): replace them.
        var decomposed = RepairSurrogates(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Keep '/' so Telegram-style commands (/start) survive.
            if (char.IsLetterOrDigit(c) || c == '/')
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The text with any unpaired UTF-16 surrogate replaced by U+FFFD.</summary>
    public static string RepairSurrogates(string text)
    {
        StringBuilder? repaired = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : !char.IsLowSurrogate(c);
            if (char.IsHighSurrogate(c) && paired)
            {
                repaired?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!paired)
            {
                repaired ??= new StringBuilder(text.Length).Append(text, 0, i);
                repaired.Append('\uFFFD');
            }
            else
            {
                repaired?.Append(c);
            }
        }

        return repaired?.ToString() ?? text;
    }

    public static string[] Words(string normalized) =>
        normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent swaps), capped for speed.</summary>
    public static int Distance(string a, string b, int cap = 3)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>True when a typed word is the keyword or a likely typo of it (longer words allow more).</summary>
    public static bool IsLike(string word, string keyword)
    {
        if (word == keyword)
        {
            return true;
        }

        // Indonesian attaches -nya and -kah to words ("biayanya", "gratiskah").
        foreach (var suffix in s_suffixes)
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && word[..^suffix.Length] == keyword)
            {
                return true;
            }
        }

        var allowed = keyword.Length switch
        {
            < 5 => 0,
            < 9 => 1,
            _ => 2,
        };
        return allowed > 0 && Distance(word, keyword, allowed) <= allowed;
    }
}
