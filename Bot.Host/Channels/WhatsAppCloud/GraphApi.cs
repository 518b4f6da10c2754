using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>What the Graph API answered to one call.</summary>
internal sealed record GraphOutcome(bool Succeeded, string? Id, int HttpStatus, int? ErrorCode, string? Error, TimeSpan? RetryAfter)
{
    /// <summary>Worth trying again later: the network, 5xx, or Meta's own "temporary" codes.</summary>
    public bool Transient => HttpStatus is 0 or >= 500 || ErrorCode is 1 or 2 or 131000 or 131016;
}

/// <summary>
/// The Cloud API calls the bot makes: `POST /{PhoneNumberId}/messages` (JSON) and
/// `POST /{PhoneNumberId}/media` (multipart upload), with the access token as bearer.
/// </summary>
internal sealed class GraphApi(IHttpClientFactory httpClients, IOptions<CloudOptions> options)
{
    public const string HttpClientName = "meta-graph";

    private readonly CloudOptions _options = options.Value;

    public async Task<GraphOutcome> SendMessageAsync(string to, JsonObject message, CancellationToken cancellationToken)
    {
        message["messaging_product"] = "whatsapp";
        message["recipient_type"] = "individual";
        message["to"] = to;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.GraphBase}/{_options.PhoneNumberId}/messages")
        {
            Content = new StringContent(message.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        return await CallAsync(request, ReadMessageId, cancellationToken);
    }

    public async Task<GraphOutcome> UploadAsync(Stream content, string fileName, string contentType, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("whatsapp"), "messaging_product");
        form.Add(new StringContent(contentType), "type");
        var file = new StreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_options.GraphBase}/{_options.PhoneNumberId}/media") { Content = form };
        return await CallAsync(request, root => CloudPayload.String(root, "id"), cancellationToken);
    }

    private async Task<GraphOutcome> CallAsync(HttpRequestMessage request, Func<JsonElement, string?> readId, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.AccessToken);
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new GraphOutcome(false, null, 0, null, "Graph API unreachable: " + e.Message, null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new GraphOutcome(false, null, 0, null, "Graph API timed out.", null);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement root = default;
            try
            {
                root = JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
            }
            catch (JsonException)
            {
                // An HTML error page from a proxy: judged by its status alone.
            }

            var status = (int)response.StatusCode;
            var retryAfter = response.Headers.RetryAfter?.Delta;
            if (response.IsSuccessStatusCode && readId(root) is { } id)
            {
                return new GraphOutcome(true, id, status, null, null, null);
            }

            var error = CloudPayload.Object(root, "error");
            var code = error is { } e1 ? CloudPayload.Int(e1, "code") : null;
            var message = error is { } e2 ? CloudPayload.String(e2, "message") : null;
            var described = code is { } c
                ? string.Create(CultureInfo.InvariantCulture, $"Graph {c}: {message}")
                : $"Graph HTTP {status}{(response.StatusCode == HttpStatusCode.OK ? " without a message id" : "")}";
            return new GraphOutcome(false, null, status, code, described, retryAfter);
        }
    }

    private static string? ReadMessageId(JsonElement root) =>
        CloudPayload.Array(root, "messages").Select(m => CloudPayload.String(m, "id")).FirstOrDefault(id => id is not null);
}
