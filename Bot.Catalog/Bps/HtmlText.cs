using System.Net;
using System.Text.RegularExpressions;

namespace Bot.Catalog.Bps;

/// <summary>
/// Turns the WebAPI's titles and abstracts into plain text: publications carry raw HTML (<c>&lt;br&gt;</c>),
/// press releases carry HTML that is itself entity-escaped (<c>&amp;lt;b&amp;gt;</c>) with raw <c>\r\n</c>.
/// </summary>
public static partial class HtmlText
{
    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h\d|/tr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTags();

    [GeneratedRegex(@"<\s*(script|style)\b[^>]*>.*?<\s*/\s*\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptBlocks();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\f\v\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\n\s*(\n\s*)+")]
    private static partial Regex BlankLines();

    /// <summary>Plain text: tags removed (line breaks kept as new lines), entities decoded, white space tidied.</summary>
    public static string Clean(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return string.Empty;
        }

        var text = html;

        // Entity-escaped HTML becomes HTML first; two rounds cover "&amp;lt;" too, and stop there so a literal
        // "&lt;" meant as text is not decoded into a tag.
        for (var round = 0; round < 2 && text.Contains('&', StringComparison.Ordinal); round++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        text = ScriptBlocks().Replace(text, " ");
        text = BreakTags().Replace(text, "\n");
        text = Tags().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = Spaces().Replace(text, " ");
        text = BlankLines().Replace(text, "\n");
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    /// <summary>One line of plain text (titles).</summary>
    public static string CleanLine(string? html) => Clean(html).Replace('\n', ' ');
}
