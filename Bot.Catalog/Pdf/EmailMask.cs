namespace Bot.Catalog.Pdf;

/// <summary>Masks email addresses before they are printed on documents or logged.</summary>
public static class EmailMask
{
    /// <summary>
    /// Keeps the first and last character of the local part and the whole domain:
    /// <c>ani.saputri@gmail.com</c> becomes <c>a***i@gmail.com</c>; a one-character local part becomes <c>a***@domain</c>.
    /// A value without a usable <c>@</c> is masked the same way as a bare local part.
    /// </summary>
    public static string Mask(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var trimmed = email.Trim();
        var at = trimmed.LastIndexOf('@');
        var local = at >= 0 ? trimmed[..at] : trimmed;
        var domain = at >= 0 ? trimmed[at..] : string.Empty;

        var masked = local.Length switch
        {
            0 => "***",
            1 => local + "***",
            _ => $"{local[0]}***{local[^1]}",
        };
        return masked + domain;
    }
}
