using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>Checks the `Twilio` section on start, with messages that name the key to fix.</summary>
internal sealed partial class TwilioOptionsValidator : IValidateOptions<TwilioOptions>
{
    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex AccountSidPattern();

    [GeneratedRegex(@"^whatsapp:\+[1-9][0-9]{6,14}$")]
    private static partial Regex SenderPattern();

    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        var hasSid = !string.IsNullOrWhiteSpace(options.AccountSid);
        var hasToken = !string.IsNullOrWhiteSpace(options.AuthToken);
        if (!hasSid && !hasToken)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (!hasSid || !hasToken)
        {
            errors.Add("Twilio:AccountSid and Twilio:AuthToken must both be set to turn the WhatsApp channel on (or both left empty to keep it off).");
        }

        if (hasSid && !AccountSidPattern().IsMatch(options.AccountSid))
        {
            errors.Add("Twilio:AccountSid must be the Account SID from the Twilio console: \"AC\" followed by 32 hexadecimal characters.");
        }

        if (!SenderPattern().IsMatch(options.WhatsAppFrom ?? ""))
        {
            errors.Add("Twilio:WhatsAppFrom must be the WhatsApp sender as \"whatsapp:+<country code><number>\", e.g. \"whatsapp:+6285183106571\".");
        }

        if (!IsHttpUrl(options.PublicBaseUrl))
        {
            errors.Add("Twilio:PublicBaseUrl must be the absolute http(s) URL under which Twilio reaches this host (e.g. \"https://pstbot.example.id\"); webhook signatures and media links are built on it.");
        }

        if (!IsHttpUrl(options.ApiBaseUrl))
        {
            errors.Add($"Twilio:ApiBaseUrl must be an absolute http(s) URL; leave it at \"{TwilioOptions.DefaultApiBaseUrl}\" unless you test against a double.");
        }

        if (options.MessagesPerSecond is < 1 or > 400)
        {
            errors.Add("Twilio:MessagesPerSecond must be between 1 and 400 (Twilio's default WhatsApp limit is 80).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && string.IsNullOrEmpty(uri.Query);
}
