using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Bot.Catalog.Bps;

/// <summary>
/// Reads BPS's WebAPI: list pages, item views and file downloads. Requests are paced (one per
/// <see cref="BpsApiSettings.RequestInterval"/>) and every JSON answer is checked in its body, because a wrong key
/// answers HTTP 200 with <c>"status":"Error"</c>. Retries on 429 and 5xx belong to the <see cref="HttpClient"/>'s
/// handler pipeline (the host adds one), so this class sees only the final answer.
/// </summary>
/// <remarks>
/// The key travels in the query string (the API accepts <c>/list?model=…&amp;key=…</c> as well as the path form):
/// .NET redacts query strings in <see cref="HttpClient"/> logs, so the key never lands in the host's log.
/// </remarks>
public sealed class BpsWebApiClient(HttpClient http, BpsApiSettings settings, TimeProvider time)
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private long lastRequest = long.MinValue;

    /// <summary>The settings in use.</summary>
    public BpsApiSettings Settings { get; } = settings;

    /// <summary>One page (1-based) of <paramref name="model"/>'s list in Indonesian.</summary>
    public async Task<BpsListPage> ListAsync(BpsModel model, int page, CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync(Url("list", model, ("page", page.ToString(CultureInfo.InvariantCulture))), cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (IsNotAvailable(root))
        {
            return new BpsListPage(page, 0, 0, []);
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array || data.GetArrayLength() < 2
            || data[0].ValueKind != JsonValueKind.Object || data[1].ValueKind != JsonValueKind.Array)
        {
            throw new BpsApiException(BpsApiFailure.BadResponse, "the list answer has no [paging, items] data");
        }

        var paging = data[0];
        var items = data[1].EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => i.Clone()).ToList();
        return new BpsListPage(Int(paging, "page") ?? page, Int(paging, "pages") ?? page, Int(paging, "total") ?? items.Count, items);
    }

    /// <summary>The view of one item (publication: adds <c>kat_no</c>, <c>pub_no</c>); null when upstream no longer has it.</summary>
    public async Task<JsonElement?> ViewAsync(BpsModel model, string id, CancellationToken cancellationToken)
    {
        using var document = await GetJsonAsync(Url("view", model, ("id", id)), cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (IsNotAvailable(root))
        {
            return null;
        }

        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new BpsApiException(BpsApiFailure.BadResponse, "the view answer has no data object");
        }

        return data.Clone();
    }

    /// <summary>
    /// Downloads <paramref name="url"/> into <paramref name="partPath"/>, continuing a partial file left by an earlier
    /// run (HTTP range request) and refusing more than <paramref name="maxBytes"/>. Returns the complete file's size.
    /// The partial file is kept when the transfer breaks off, so the next run resumes it.
    /// </summary>
    public async Task<long> DownloadAsync(Uri url, string partPath, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var existing = File.Exists(partPath) ? new FileInfo(partPath).Length : 0;
        for (var attempt = 0; ; attempt++)
        {
            await WaitTurnAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (existing > 0)
            {
                request.Headers.Range = new RangeHeaderValue(existing, null);
            }

            using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable && existing > 0 && attempt == 0)
            {
                // The partial file no longer fits the upstream file: start over.
                File.Delete(partPath);
                existing = 0;
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new BpsApiException(BpsApiFailure.Unreachable, $"download answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var append = existing > 0 && response.StatusCode == HttpStatusCode.PartialContent;
            if (!append)
            {
                existing = 0;
            }

            var announced = response.Content.Headers.ContentLength;
            if (announced is { } length && existing + length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(partPath))!);
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                // Unbuffered: every chunk received is on disk at once, so an interrupted run leaves all it got to resume.
                var file = new FileStream(partPath, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0, useAsync: true);
                await using (file.ConfigureAwait(false))
                {
                    return await CopyCappedAsync(body, file, existing, maxBytes, partPath, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static async Task<long> CopyCappedAsync(Stream body, FileStream file, long written, long maxBytes, string partPath, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            written += read;
            if (written > maxBytes)
            {
                await file.DisposeAsync().ConfigureAwait(false);
                File.Delete(partPath);
                throw TooLarge(maxBytes);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    private static BpsApiException TooLarge(long maxBytes) =>
        new(BpsApiFailure.BadResponse, $"file is larger than the limit of {maxBytes / (1024 * 1024)} MB");

    private Uri Url(string action, BpsModel model, (string Name, string Value) extra)
    {
        var modelName = model == BpsModel.Publication ? "publication" : "pressrelease";
        var query = $"model={modelName}&lang=ind&domain={Uri.EscapeDataString(Settings.Domain)}&{extra.Name}={Uri.EscapeDataString(extra.Value)}&key={Uri.EscapeDataString(Settings.ApiKey)}";
        return new Uri($"{Settings.BaseUrl.TrimEnd('/')}/{action}?{query}");
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        await WaitTurnAsync(cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new BpsApiException(BpsApiFailure.Unreachable, $"the WebAPI answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        JsonDocument document;
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                document = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException ex)
        {
            throw new BpsApiException(BpsApiFailure.BadResponse, "the WebAPI answered something that is not JSON", ex);
        }

        var root = document.RootElement;
        var status = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (!string.Equals(status, "OK", StringComparison.OrdinalIgnoreCase))
        {
            var message = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            document.Dispose();
            throw new BpsApiException(BpsApiFailure.Refused, $"the WebAPI refused the request ({status ?? "no status"}): {message ?? "no message"}");
        }

        return document;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new BpsApiException(BpsApiFailure.Unreachable, $"the WebAPI cannot be reached: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BpsApiException(BpsApiFailure.Unreachable, "the WebAPI did not answer in time", ex);
        }
    }

    private async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (lastRequest != long.MinValue && Settings.RequestInterval > TimeSpan.Zero)
            {
                var wait = Settings.RequestInterval - time.GetElapsedTime(lastRequest);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }
            }

            lastRequest = time.GetTimestamp();
        }
        finally
        {
            turn.Release();
        }
    }

    private static bool IsNotAvailable(JsonElement root) =>
        root.TryGetProperty("data-availability", out var availability) && availability.ValueKind == JsonValueKind.String
        && availability.GetString() is { } text && text.EndsWith("not-available", StringComparison.OrdinalIgnoreCase);

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
