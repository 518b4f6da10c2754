using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Channels.Mail;

/// <summary>
/// `Mail` section. Without `Mail:Smtp:Host` (the default on a developer's machine) no mail is
/// sent: each message is written as an .eml file to {DataDir}/mail/ and the log says so.
/// </summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    /// <summary>The sender, e.g. "PST BPS Kota Tarakan &lt;pst6573@bps.go.id&gt;".</summary>
    public string From { get; set; } = "PST BPS Kota Tarakan <noreply@localhost>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Verification codes mailed per hour in all (each address has its own 3 per hour too): a script cannot make the office mail the world.</summary>
    [Range(1, 100_000, ErrorMessage = "Mail:MaxCodesPerHour must be between 1 and 100000.")]
    public int MaxCodesPerHour { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult($"Mail:From '{From}' is not a valid address. Use e.g. \"PST BPS Kota Tarakan <pst6573@bps.go.id>\".");
        }

        if (!string.IsNullOrWhiteSpace(Smtp.Host) && From.Contains("@localhost", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("Mail:Smtp:Host is set, so Mail:From must be a real sender address the server accepts, e.g. \"PST BPS Kota Tarakan <pst6573@bps.go.id>\".");
        }

        if (!string.IsNullOrWhiteSpace(Smtp.Host) && Smtp.Port is < 1 or > 65535)
        {
            yield return new ValidationResult("Mail:Smtp:Port must be between 1 and 65535 (587 for STARTTLS, 465 for TLS, 25 without).");
        }

        if (!string.IsNullOrEmpty(Smtp.User) && string.IsNullOrEmpty(Smtp.Password))
        {
            yield return new ValidationResult("Mail:Smtp:User is set but Mail:Smtp:Password is empty. Set both, or neither for a server without login.");
        }
    }
}

/// <summary>`Mail:Smtp`: the outgoing mail server.</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty: write .eml files instead of sending.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>TLS (implicit on port 465, STARTTLS otherwise). Only turn off for a local test server.</summary>
    public bool UseTls { get; set; } = true;

    public string? User { get; set; }

    public string? Password { get; set; }
}
