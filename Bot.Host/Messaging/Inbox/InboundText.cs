using System.Text;
using Bot.Dialogs.Model;

namespace Bot.Host.Messaging.Inbox;

/// <summary>
/// Makes inbound text valid Unicode before it is stored or routed: a lone surrogate (a client
/// that cut an emoji in half, a forged JSON escape) becomes U+FFFD. Text matching normalizes
/// Unicode, which throws on such strings; one broken character must not fail a turn.
/// </summary>
public static class InboundText
{
    public static Inbound Clean(Inbound inbound) =>
        inbound.Text is { } text && !IsValid(text) ? inbound with { Text = Repair(text) } : inbound;

    private static bool IsValid(string text) => !text.AsSpan().ContainsAnyInRange('\ud800', '\udfff') || IsWellFormed(text);

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Repair(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\ufffd' : text[i]);
            }
        }

        return builder.ToString();
    }
}
