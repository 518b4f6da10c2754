using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// The only place that talks to Twilio's REST API: the real Twilio client over an HttpClient
/// aimed at `Twilio:ApiBaseUrl`. Twilio's types and exceptions stay inside; callers get a
/// <see cref="TwilioSendOutcome"/>.
/// </summary>
internal sealed class TwilioGateway(IHttpClientFactory httpClients, IOptions<TwilioOptions> options)
{
    public const string HttpClientName = "twilio";

    private readonly TwilioOptions _options = options.Value;

    public async Task<TwilioSendOutcome> SendAsync(TwilioMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var client = new TwilioRestClient(_options.AccountSid, _options.AuthToken, httpClient: new SystemNetHttpClient(httpClients.CreateClient(HttpClientName)));
        var create = new CreateMessageOptions(new PhoneNumber(message.To))
        {
            From = new PhoneNumber(_options.WhatsAppFrom),
            StatusCallback = new Uri(_options.PublicBase + WhatsAppSetup.StatusPath),
        };
        if (message.ContentSid is { } contentSid)
        {
            create.ContentSid = contentSid;
            create.ContentVariables = message.ContentVariables;
        }
        else
        {
            create.Body = message.Body;
        }

        if (message.MediaUrl is { } media)
        {
            create.MediaUrl = [media];
        }

        var slot = TwilioApiBaseHandler.Capture();
        try
        {
            var created = await MessageResource.CreateAsync(create, client);
            return TwilioSendOutcome.Ok(created.Sid);
        }
        catch (ApiConnectionException e)
        {
            return new TwilioSendOutcome(null, 0, null, "Twilio unreachable: " + (e.InnerException?.Message ?? e.Message), Transient: true, null);
        }
        catch (ApiException e)
        {
            // Status 0: Twilio answered something that is not its error JSON (a proxy's page).
            var transient = e.Status is 0 or 429 or >= 500;
            var error = e.Code != 0 ? $"Twilio {e.Code}: {e.Message}" : $"Twilio HTTP {e.Status}: {e.Message}";
            return new TwilioSendOutcome(null, e.Status, e.Code == 0 ? null : e.Code, error, transient, slot.RetryAfter);
        }
    }
}
