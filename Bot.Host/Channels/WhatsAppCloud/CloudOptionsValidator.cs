using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>Refuses to start with a message naming the key when the Cloud API channel is half set up.</summary>
internal sealed class CloudOptionsValidator : IValidateOptions<CloudOptions>
{
    public ValidateOptionsResult Validate(string? name, CloudOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.PhoneNumberId) || !options.PhoneNumberId.All(char.IsAsciiDigit))
        {
            errors.Add("MetaWhatsApp:PhoneNumberId must be the business number's id (digits) when MetaWhatsApp:AccessToken is set.");
        }

        if (string.IsNullOrWhiteSpace(options.AppSecret))
        {
            errors.Add("MetaWhatsApp:AppSecret is required when MetaWhatsApp:AccessToken is set (webhooks are checked with it).");
        }

        if (string.IsNullOrWhiteSpace(options.VerifyToken))
        {
            errors.Add("MetaWhatsApp:VerifyToken is required when MetaWhatsApp:AccessToken is set (Meta's webhook verification echoes it).");
        }

        if (!Uri.TryCreate(options.GraphBaseUrl, UriKind.Absolute, out var graph) || graph.Scheme is not ("https" or "http"))
        {
            errors.Add("MetaWhatsApp:GraphBaseUrl must be an absolute URL such as " + CloudOptions.DefaultGraphBaseUrl + ".");
        }

        if (options.MessagesPerSecond is < 1 or > 1000)
        {
            errors.Add("MetaWhatsApp:MessagesPerSecond must be between 1 and 1000.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
