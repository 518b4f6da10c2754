using System.Net;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// Sends the Twilio client's requests to the configured API base (a regional endpoint or a test
/// double) instead of api.twilio.com, and hands a 429/503 Retry-After back to the caller, which
/// the Twilio client's exceptions do not carry.
/// </summary>
internal sealed class TwilioApiBaseHandler(Uri apiBase) : DelegatingHandler
{
    private static readonly AsyncLocal<RetryAfterSlot?> s_slot = new();

    /// <summary>Opens a slot the handler fills with a Retry-After seen during the calls that follow.</summary>
    public static RetryAfterSlot Capture() => s_slot.Value = new RetryAfterSlot();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && uri.Host.EndsWith("twilio.com", StringComparison.OrdinalIgnoreCase))
        {
            var basePath = apiBase.AbsolutePath.TrimEnd('/');
            request.RequestUri = new UriBuilder(uri)
            {
                Scheme = apiBase.Scheme,
                Host = apiBase.Host,
                Port = apiBase.Port,
                Path = basePath + uri.AbsolutePath,
            }.Uri;
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && s_slot.Value is { } slot)
        {
            slot.RetryAfter = response.Headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - DateTimeOffset.UtcNow,
                _ => null,
            };
        }

        return response;
    }
}

/// <summary>Where the handler leaves the server's Retry-After for the sender that made the call.</summary>
internal sealed class RetryAfterSlot
{
    public TimeSpan? RetryAfter { get; set; }
}
