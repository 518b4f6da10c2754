using Microsoft.Extensions.Options;
using Twilio.Security;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// Checks `X-Twilio-Signature` with Twilio's own validator, over the URL Twilio called: the
/// configured public base URL plus this request's path and query (a proxy in front changes the
/// scheme and host this host sees, so they cannot be taken from the request).
/// </summary>
internal sealed class TwilioSignature(IOptions<TwilioOptions> options)
{
    public const string Header = "X-Twilio-Signature";

    private readonly RequestValidator _validator = new(options.Value.AuthToken);

    public bool IsValid(HttpRequest request, IFormCollection form)
    {
        var signature = request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var url = options.Value.PublicBase + request.PathBase + request.Path + request.QueryString;
        var parameters = form.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        return _validator.Validate(url, parameters, signature);
    }
}
