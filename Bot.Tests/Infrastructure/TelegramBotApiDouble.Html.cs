using System.Net;
using System.Text;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// Telegram's HTML parse mode, as strict as the real parser on what bots get wrong: only the
/// supported tags, and every '&amp;' must start an entity. Gives the text the user would see.
/// </summary>
internal static class TelegramHtml
{
    private static readonly HashSet<string> s_tags = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
    };

    public static (string? Plain, string? Error) ToPlainText(string html)
    {
        var plain = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    return (null, $"Can't find end of the tag at byte offset {i}");
                }

                var tag = html[(i + 1)..end].TrimStart('/').Split(' ', 2)[0];
                if (!s_tags.Contains(tag))
                {
                    return (null, $"Unsupported start tag \"{tag}\" at byte offset {i}");
                }

                i = end + 1;
            }
            else if (c == '&')
            {
                var end = html.IndexOf(';', i);
                var entity = end < 0 ? "" : html[i..(end + 1)];
                if (entity.Length is < 3 or > 10 || !(entity is "&lt;" or "&gt;" or "&amp;" or "&quot;" || entity.StartsWith("&#", StringComparison.Ordinal)))
                {
                    return (null, $"Can't find end of the entity starting at byte offset {i}");
                }

                plain.Append(WebUtility.HtmlDecode(entity));
                i = end + 1;
            }
            else
            {
                plain.Append(c);
                i++;
            }
        }

        return (plain.ToString(), null);
    }
}
