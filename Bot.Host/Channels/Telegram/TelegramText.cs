using System.Text;

namespace Bot.Host.Channels.Telegram;

/// <summary>Plain reply text made safe for Telegram's HTML parse mode and its length limit.</summary>
internal static class TelegramText
{
    /// <summary>Telegram's limit for one message, counted on the text after HTML parsing.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Telegram's limit for a document caption.</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>Escapes the three characters HTML parse mode treats as markup.</summary>
    public static string EscapeHtml(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Splits a plain text into parts of at most <paramref name="limit"/> characters, at line
    /// breaks where possible, else at spaces, else anywhere (never inside a surrogate pair).
    /// The limit applies before escaping, as Telegram counts the parsed text.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int limit = MaxMessageLength)
    {
        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > limit)
        {
            var window = rest[..limit];
            var cut = window.LastIndexOf('\n');
            if (cut < limit / 2)
            {
                var space = window.LastIndexOf(' ');
                cut = space >= limit / 2 ? space : cut > 0 ? cut : limit;
            }

            if (cut == limit && char.IsHighSurrogate(rest[cut - 1]))
            {
                cut--;
            }

            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part.ToString());
            }

            rest = rest[cut..].TrimStart('\n').TrimStart(' ');
        }

        if (rest.Trim().Length > 0 || parts.Count == 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }
}
