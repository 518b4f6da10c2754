namespace Bot.Host.Privacy;

/// <summary>Masks personal data for display and logs.</summary>
public static class Mask
{
    /// <summary>a***i@gmail.com: the same rule as the watermark footer (Bot.Catalog's EmailMask).</summary>
    public static string Email(string? email) => string.IsNullOrEmpty(email) ? "" : Bot.Catalog.Pdf.EmailMask.Mask(email);

    /// <summary>+62*******6571: the country code and the last four digits.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone) || phone.Length <= 6)
        {
            return "***";
        }

        var head = phone.StartsWith('+') ? phone[..3] : phone[..2];
        return head + new string('*', phone.Length - head.Length - 4) + phone[^4..];
    }

    /// <summary>************1234: only the last four characters.</summary>
    public static string Identity(string? number) =>
        string.IsNullOrEmpty(number) || number.Length <= 4 ? "****" : new string('*', number.Length - 4) + number[^4..];
}
