using System.Net.Http.Headers;
using System.Text.Json;
using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// Fetches an inbound photo or document: `GET /{media-id}` gives a short-lived URL, fetched with
/// the same bearer token (only from the Graph host or Meta's own hosts). As on Twilio, a failure
/// keeps the message, with the attachment marked unavailable (empty StoredId).
/// </summary>
internal sealed partial class CloudMediaFetcher(IHttpClientFactory httpClients, InboundMediaFiles files, IOptions<CloudOptions> options, ILogger<CloudMediaFetcher> logger)
{
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(8);

    private readonly CloudOptions _options = options.Value;

    public async Task<InboundAttachment> FetchAsync(JsonElement file, string kind, CancellationToken cancellationToken)
    {
        var declared = CloudPayload.String(file, "mime_type");
        var type = string.IsNullOrWhiteSpace(declared) || declared.Length > 128 ? FallbackType(kind) : declared;
        var name = CloudPayload.String(file, "filename") is { Length: > 0 and <= 255 } n ? n : null;
        var unavailable = new InboundAttachment("", type, name, 0);
        if (CloudPayload.String(file, "id") is not { Length: > 0 and <= 64 } mediaId || !mediaId.All(char.IsAsciiDigit))
        {
            return unavailable;
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(s_budget);
        var (id, path) = files.NewFile();
        try
        {
            var client = httpClients.CreateClient(GraphApi.HttpClientName);
            using var lookup = Authorized(new HttpRequestMessage(HttpMethod.Get, $"{_options.GraphBase}/{mediaId}"));
            using var found = await client.SendAsync(lookup, budget.Token);
            if (!found.IsSuccessStatusCode)
            {
                LogFetchFailed(logger, $"lookup HTTP {(int)found.StatusCode}", null);
                return unavailable;
            }

            using var info = JsonDocument.Parse(await found.Content.ReadAsStringAsync(budget.Token));
            if (CloudPayload.String(info.RootElement, "url") is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsMetaHost(uri))
            {
                // The token goes only to Meta.
                LogFetchFailed(logger, "URL not on a Meta host", null);
                return unavailable;
            }

            using var download = Authorized(new HttpRequestMessage(HttpMethod.Get, uri));
            using var response = await client.SendAsync(download, HttpCompletionOption.ResponseHeadersRead, budget.Token);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > InboundMediaFetcher.MaxBytes)
            {
                LogFetchFailed(logger, $"download HTTP {(int)response.StatusCode}", null);
                return unavailable;
            }

            // Read into memory (capped) and sealed on write, as the Twilio fetcher does: the clear
            // bytes never reach the disk.
            long size;
            using var content = new MemoryStream();
            await using (var source = await response.Content.ReadAsStreamAsync(budget.Token))
            {
                size = await InboundMediaFetcher.CopyCappedAsync(source, content, budget.Token);
            }

            if (size > InboundMediaFetcher.MaxBytes)
            {
                LogFetchFailed(logger, "over the size limit", null);
                return unavailable;
            }

            await files.WriteAsync(id, path, content.ToArray(), budget.Token);
            return new InboundAttachment(id, type, name, size);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException or JsonException)
        {
            LogFetchFailed(logger, e.GetType().Name, e);
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // A partial file nothing refers to.
            }

            return unavailable;
        }
    }

    private HttpRequestMessage Authorized(HttpRequestMessage request)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.AccessToken);
        return request;
    }

    private bool IsMetaHost(Uri uri)
    {
        var graph = new Uri(_options.GraphBase);
        var sameAsGraph = uri.Scheme == graph.Scheme && string.Equals(uri.Host, graph.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == graph.Port;
        var meta = uri.Scheme == Uri.UriSchemeHttps
            && (uri.Host.EndsWith(".fbsbx.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".facebook.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".whatsapp.net", StringComparison.OrdinalIgnoreCase));
        return sameAsGraph || meta;
    }

    private static string FallbackType(string kind) => kind switch
    {
        "image" => "image/jpeg",
        "audio" => "audio/ogg",
        "video" => "video/mp4",
        "sticker" => "image/webp",
        _ => "application/octet-stream",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching Cloud API media failed ({Reason}); the message is kept without the file.")]
    private static partial void LogFetchFailed(ILogger logger, string reason, Exception? exception);
}
