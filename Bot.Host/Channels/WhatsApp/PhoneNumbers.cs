namespace Bot.Host.Channels.WhatsApp;

/// <summary>Normalises phone numbers to E.164 (+62…), the form every lookup and hash uses.</summary>
public static class PhoneNumbers
{
    public const string WhatsAppPrefix = "whatsapp:";

    /// <summary>
    /// "whatsapp:+62 851-8310-6571", "0851 8310 6571", "6285183106571" → "+6285183106571";
    /// null when it is not a plausible number. A leading 0 is a domestic Indonesian number.
    /// </summary>
    public static string? ToE164(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var value = input.Trim();
        if (value.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase))
        {
            value = value[WhatsAppPrefix.Length..];
        }

        var plus = value.StartsWith('+');
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (value.Any(c => !char.IsAsciiDigit(c) && c is not ('+' or ' ' or '-' or '(' or ')' or '.')))
        {
            return null;
        }

        if (!plus)
        {
            if (digits.StartsWith("00", StringComparison.Ordinal))
            {
                digits = digits[2..];
            }
            else if (digits.StartsWith('0'))
            {
                digits = "62" + digits[1..];
            }
        }

        return digits.Length is >= 8 and <= 15 && digits[0] != '0' ? "+" + digits : null;
    }

    /// <summary>The Twilio address of a WhatsApp user: "whatsapp:+62…".</summary>
    public static string ToAddress(string e164) => WhatsAppPrefix + e164;
}
