using System.Net.Http.Headers;
using System.Text;
using Bot.Dialogs.Model;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// Fetches the media of an inbound message (a photo of a complaint, a PDF) from Twilio with the
/// account's credentials and stores it on this host. A failed fetch never loses the message:
/// the attachment is kept with an empty StoredId, and the text goes on.
/// </summary>
internal sealed partial class InboundMediaFetcher(IHttpClientFactory httpClients, InboundMediaFiles files, IOptions<TwilioOptions> options, ILogger<InboundMediaFetcher> logger)
{
    public const string HttpClientName = "twilio-media";

    public const int MaxItems = 10;

    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>Twilio retries a webhook that takes over 15 s; stay well inside that.</summary>
    private static readonly TimeSpan s_budget = TimeSpan.FromSeconds(8);

    private readonly TwilioOptions _options = options.Value;

    public async Task<IReadOnlyList<InboundAttachment>> FetchAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        if (!int.TryParse(form["NumMedia"], out var count) || count <= 0)
        {
            return [];
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(s_budget);
        var attachments = new List<InboundAttachment>();
        for (var i = 0; i < Math.Min(count, MaxItems); i++)
        {
            var declaredType = form[$"MediaContentType{i}"].ToString();
            var type = string.IsNullOrWhiteSpace(declaredType) ? "application/octet-stream" : declaredType;
            var url = form[$"MediaUrl{i}"].ToString();
            attachments.Add(await FetchOneAsync(url, type, budget.Token) ?? new InboundAttachment("", type, null, 0));
        }

        return attachments;
    }

    private async Task<InboundAttachment?> FetchOneAsync(string url, string type, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsTwilioMediaHost(uri))
        {
            // The account's credentials go only to Twilio.
            LogRefusedHost(logger, uri?.Host ?? "(not a URL)");
            return null;
        }

        var (id, path) = files.NewFile();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.AccountSid}:{_options.AuthToken}")));
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogFetchFailed(logger, $"HTTP {(int)response.StatusCode}", null);
                return null;
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                LogTooLarge(logger, response.Content.Headers.ContentLength ?? 0);
                return null;
            }

            long size;
            using var content = new MemoryStream();
            await using (var source = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                size = await CopyCappedAsync(source, content, cancellationToken);
            }

            if (size > MaxBytes)
            {
                LogTooLarge(logger, size);
                return null;
            }

            await files.WriteAsync(id, path, content.ToArray(), cancellationToken);

            var stored = response.Content.Headers.ContentType?.MediaType;
            return new InboundAttachment(id, string.IsNullOrEmpty(stored) ? type : stored, null, size);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            LogFetchFailed(logger, e.GetType().Name, e);
            TryDelete(path);
            return null;
        }
    }

    private bool IsTwilioMediaHost(Uri uri)
    {
        var api = new Uri(_options.ApiBaseUrl);
        var sameAsApi = uri.Scheme == api.Scheme && string.Equals(uri.Host, api.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == api.Port;
        var twilio = uri.Scheme == Uri.UriSchemeHttps && (uri.Host.Equals("twilio.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".twilio.com", StringComparison.OrdinalIgnoreCase));
        return sameAsApi || twilio;
    }

    /// <summary>Copies up to one byte past the cap, so an oversized body is detected without reading it all.</summary>
    internal static async Task<long> CopyCappedAsync(Stream source, Stream target, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxBytes)
            {
                break;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A partial file with no reference to it; harmless.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound media at host {Host} was not fetched: it is not Twilio's.")]
    private static partial void LogRefusedHost(ILogger logger, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching inbound media failed ({Reason}); the message is kept without the file.")]
    private static partial void LogFetchFailed(ILogger logger, string reason, Exception? exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound media of {Size} bytes is over the limit; the message is kept without the file.")]
    private static partial void LogTooLarge(ILogger logger, long size);
}
