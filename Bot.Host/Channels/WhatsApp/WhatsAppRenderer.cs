using System.Text;
using Bot.Dialogs.Model;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>Turns an <see cref="Outbound"/> into WhatsApp text: choices as numbered lines, split at Twilio's limit.</summary>
internal static class WhatsAppRenderer
{
    /// <summary>Twilio's limit for a WhatsApp message body.</summary>
    public const int MaxBodyLength = 1600;

    /// <summary>WhatsApp's limit for a media caption.</summary>
    public const int MaxCaptionLength = 1024;

    public static string Render(Outbound reply, Language language)
    {
        if (reply.Choices.Count == 0)
        {
            return reply.Text;
        }

        var text = new StringBuilder(reply.Text.TrimEnd());
        var listed = Math.Clamp(reply.ChoicesListedInText, 0, reply.Choices.Count);
        var prompt = listed == 0 ? WhatsAppTexts.ReplyWithNumber
            : listed < reply.Choices.Count ? WhatsAppTexts.ReplyWithListedNumberOr
            : WhatsAppTexts.ReplyWithListedNumber;
        // One line break, not a blank line: the menu with a short reply joined above it stays within
        // twelve lines, a phone screen.
        text.Append('\n').Append(prompt.In(language, listed));

        // Choices the text already numbers (search results) are not listed a second time.
        for (var i = listed; i < reply.Choices.Count; i++)
        {
            text.Append('\n').Append(i + 1).Append(". ").Append(reply.Choices[i].Label);
        }

        return text.ToString();
    }

    /// <summary>Splits at paragraph, line or word breaks so each part fits; never mid-word unless a word is longer than a part.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength = MaxBodyLength)
    {
        var parts = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var window = rest[..(maxLength + 1)];
            var cut = LastBreak(window, "\n\n", maxLength / 2)
                ?? LastBreak(window, "\n", maxLength / 2)
                ?? LastBreak(window, " ", maxLength / 4)
                ?? maxLength;
            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || parts.Count == 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    private static int? LastBreak(string window, string separator, int notBefore)
    {
        var at = window.LastIndexOf(separator, StringComparison.Ordinal);
        return at >= notBefore ? at : null;
    }
}
