using System.Net.Mail;
using System.Text.RegularExpressions;
using Bot.Dialogs.Routing;

namespace Bot.Dialogs.Registration;

/// <summary>Parsing and normalising what users type for their profile; null means "not acceptable".</summary>
public static partial class ProfileInput
{
    public static string? Name(string? text)
    {
        var name = Spaces().Replace(text?.Trim() ?? "", " ");
        return name.Length is >= 2 and <= 100 && NameChars().IsMatch(name) && name.Count(char.IsLetter) >= 2 ? name : null;
    }

    public static string? Email(string? text)
    {
        var email = text?.Trim().ToLowerInvariant() ?? "";
        if (email.Length is < 6 or > 254 || email.Any(char.IsWhiteSpace) || !MailAddress.TryCreate(email, out var address))
        {
            return null;
        }

        // MailAddress accepts "a@b" and display-name forms; a mailbox we can reach needs a dotted domain.
        return address.Address == email && address.Host.Contains('.') && !address.Host.EndsWith('.') ? email : null;
    }

    /// <summary>The 6 digits of a verification code, tolerating spaces ("123 456").</summary>
    public static string? Code(string? text)
    {
        var code = Spaces().Replace(text ?? "", "");
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? code : null;
    }

    public static string? Institution(string? text)
    {
        var value = Spaces().Replace(text?.Trim() ?? "", " ");
        return value.Length is >= 2 and <= 150 && value.Any(char.IsLetterOrDigit) ? value : null;
    }

    /// <summary>
    /// A phone number in E.164. Indonesian numbers may be typed locally (0812…) or with the
    /// country code without plus (62812…); other countries need the plus.
    /// </summary>
    public static string? Phone(string? text)
    {
        var raw = PhoneSeparators().Replace(text?.Trim() ?? "", "");
        if (raw.StartsWith("08", StringComparison.Ordinal))
        {
            raw = "+62" + raw[1..];
        }
        else if (raw.StartsWith("62", StringComparison.Ordinal))
        {
            raw = "+" + raw;
        }

        if (!raw.StartsWith('+') || raw.Length < 2 || !raw[1..].All(char.IsAsciiDigit))
        {
            return null;
        }

        var digits = raw.Length - 1;
        return raw.StartsWith("+62", StringComparison.Ordinal)
            ? digits is >= 11 and <= 14 ? raw : null // +62 and 9–12 national digits
            : digits is >= 8 and <= 15 ? raw : null;
    }

    /// <summary>True when the text is one of the words (after normalising).</summary>
    public static bool IsWord(string? text, params string[] words)
    {
        var normalized = TextNormalizer.Normalize(text);
        return words.Contains(normalized, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\p{L}\p{M}][\p{L}\p{M} .,'\-]*$")]
    private static partial Regex NameChars();

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex PhoneSeparators();
}
