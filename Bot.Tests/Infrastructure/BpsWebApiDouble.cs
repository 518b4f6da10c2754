using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// BPS's WebAPI on loopback, answering in the recorded shapes: <c>/v1/api/list</c> and <c>/v1/api/view</c> in both
/// the query form and the path form (<c>/list/model/publication/lang/ind/domain/6571/key/K/page/2/</c>), the
/// <c>{"status":"OK","data-availability":"available","data":[paging,[items]]}</c> envelope, <c>list-not-available</c>
/// with <c>data: ""</c> past the last page, HTTP 200 with <c>status: Error</c> for a wrong key, and the PDFs
/// behind opaque links ending <c>&amp;tokenuser=</c> (with range requests). Items, paging and file failures are
/// scripted by the test; every request is recorded.
/// </summary>
public sealed class BpsWebApiDouble : IAsyncDisposable
{
    public const string Key = "0123456789abcdef0123456789abcdef";
    public const string Domain = "6571";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<BpsDoubleRequest> requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<int>> fileFailures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> permanentFailures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> breakOffAfter = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<int> listFailures = new();
    private readonly Lock gate = new();
    private volatile TaskCompletionSource filesHeld = Released();

    private BpsWebApiDouble(WebApplication app) => this.app = app;

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string Address { get; private set; } = "";

    /// <summary>The API root to configure, e.g. http://127.0.0.1:41234/v1/api</summary>
    public string BaseUrl => Address + "/v1/api";

    public int PerPage { get; set; } = 5;

    public List<JsonObject> Publications { get; } = [];

    public List<JsonObject> PressReleases { get; } = [];

    /// <summary>Publication views: pub_id → extra fields (kat_no, pub_no, related).</summary>
    public Dictionary<string, JsonObject> Views { get; } = new(StringComparer.Ordinal);

    /// <summary>File name → PDF bytes.</summary>
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<BpsDoubleRequest> Requests => [.. requests];

    /// <summary>Requests for files, by file name.</summary>
    public IReadOnlyList<BpsDoubleRequest> FileRequests => [.. requests.Where(r => r.File is not null)];

    public static async Task<BpsWebApiDouble> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var web = builder.Build();
        var fake = new BpsWebApiDouble(web);
        web.MapGet("/v1/api/{action}", (string action, HttpContext context) => fake.Api(action, QueryForm(context.Request.Query), context));
        web.MapGet("/v1/api/{action}/{**rest}", (string action, string rest, HttpContext context) => fake.Api(action, PathForm(rest), context));
        web.MapGet("/files/{name}", fake.FileAsync);
        await web.StartAsync();
        fake.Address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    /// <summary>The opaque link the list gives for <paramref name="fileName"/>.</summary>
    public string FileUrl(string fileName) => $"{Address}/files/{fileName}?nrbvfeve=MTIz&xzmn=aHR0cHM6Ly9icHMuZ28uaWQ%3D&tokenuser=";

    /// <summary>The next requests for <paramref name="fileName"/> answer these statuses, in order, then succeed.</summary>
    public void FailFileNext(string fileName, params int[] statuses)
    {
        var queue = fileFailures.GetOrAdd(fileName, _ => new ConcurrentQueue<int>());
        foreach (var status in statuses)
        {
            queue.Enqueue(status);
        }
    }

    /// <summary>Every request for <paramref name="fileName"/> answers <paramref name="status"/> until <see cref="Heal"/>.</summary>
    public void FailFileAlways(string fileName, int status) => permanentFailures[fileName] = status;

    public void Heal(string fileName) => permanentFailures.TryRemove(fileName, out _);

    /// <summary>
    /// The next full download of <paramref name="fileName"/> stalls after <paramref name="bytes"/> bytes until the
    /// client gives up (a line dropping mid-file).
    /// </summary>
    public void StallNext(string fileName, int bytes) => breakOffAfter[fileName] = bytes;

    /// <summary>The next list requests answer these statuses, in order.</summary>
    public void FailListNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            listFailures.Enqueue(status);
        }
    }

    public void ClearRequests() => requests.Clear();

    /// <summary>File requests wait (after being recorded) until <see cref="ReleaseFiles"/>.</summary>
    public void HoldFiles() => filesHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseFiles() => filesHeld.TrySetResult();

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static Dictionary<string, string> QueryForm(IQueryCollection query) =>
        query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);

    private static Dictionary<string, string> PathForm(string rest)
    {
        var parts = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < parts.Length; i += 2)
        {
            result[parts[i]] = Uri.UnescapeDataString(parts[i + 1]);
        }

        return result;
    }

    private IResult Api(string action, Dictionary<string, string> args, HttpContext context)
    {
        requests.Enqueue(new BpsDoubleRequest(action, args.GetValueOrDefault("model"), args.GetValueOrDefault("page"), args.GetValueOrDefault("id"), null, null, context.Request.Headers.UserAgent.ToString()));
        if (action == "list" && listFailures.TryDequeue(out var failure))
        {
            return Results.StatusCode(failure);
        }

        if (args.GetValueOrDefault("key") != Key)
        {
            return Results.Json(new JsonObject { ["status"] = "Error", ["message"] = "You are not Allowed to take this action. Please re-check your key" });
        }

        lock (gate)
        {
            var items = args.GetValueOrDefault("model") switch
            {
                "publication" => Publications,
                "pressrelease" => PressReleases,
                _ => null,
            };
            if (items is null || args.GetValueOrDefault("domain") != Domain || args.GetValueOrDefault("lang") != "ind")
            {
                return NotAvailable();
            }

            return action switch
            {
                "list" => List(items, int.TryParse(args.GetValueOrDefault("page") ?? "1", CultureInfo.InvariantCulture, out var page) ? page : 1),
                "view" => View(items, args.GetValueOrDefault("model")!, args.GetValueOrDefault("id")),
                _ => Results.NotFound(),
            };
        }
    }

    private IResult List(List<JsonObject> items, int page)
    {
        var pages = (items.Count + PerPage - 1) / PerPage;
        if (page < 1 || page > pages)
        {
            return NotAvailable();
        }

        var slice = items.Skip((page - 1) * PerPage).Take(PerPage).Select(i => (JsonNode)i.DeepClone()).ToArray();
        var paging = new JsonObject { ["page"] = page, ["pages"] = pages, ["per_page"] = PerPage, ["count"] = slice.Length, ["total"] = items.Count };
        return Results.Json(new JsonObject
        {
            ["status"] = "OK",
            ["data-availability"] = "available",
            ["data"] = new JsonArray(paging, new JsonArray(slice)),
        });
    }

    private IResult View(List<JsonObject> items, string model, string? id)
    {
        var idField = model == "publication" ? "pub_id" : "brs_id";
        var item = items.FirstOrDefault(i => i[idField]?.ToString() == id);
        if (item is null)
        {
            return NotAvailable();
        }

        var view = (JsonObject)item.DeepClone();
        if (model == "publication" && Views.TryGetValue(id!, out var extra))
        {
            foreach (var (name, value) in extra)
            {
                view[name] = value?.DeepClone();
            }
        }
        else if (model == "pressrelease")
        {
            view["hit"] = 17;
        }

        return Results.Json(new JsonObject { ["status"] = "OK", ["data-availability"] = "available", ["data"] = view });
    }

    private static IResult NotAvailable() =>
        Results.Json(new JsonObject { ["status"] = "OK", ["data-availability"] = "list-not-available", ["data"] = "" });

    private async Task FileAsync(string name, HttpContext context)
    {
        var range = context.Request.Headers.Range.ToString();
        requests.Enqueue(new BpsDoubleRequest("file", null, null, null, name, range.Length == 0 ? null : range, context.Request.Headers.UserAgent.ToString()));
        await filesHeld.Task.WaitAsync(context.RequestAborted);
        if (fileFailures.TryGetValue(name, out var queue) && queue.TryDequeue(out var status))
        {
            context.Response.StatusCode = status;
            return;
        }

        if (permanentFailures.TryGetValue(name, out var permanent))
        {
            context.Response.StatusCode = permanent;
            return;
        }

        if (!Files.TryGetValue(name, out var bytes))
        {
            context.Response.StatusCode = 404;
            return;
        }

        if (range.Length == 0 && breakOffAfter.TryRemove(name, out var cut))
        {
            context.Response.ContentType = "application/pdf";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, cut));
            await context.Response.Body.FlushAsync();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client went away.
            }

            return;
        }

        await Results.Bytes(bytes, "application/pdf", enableRangeProcessing: true).ExecuteAsync(context);
    }
}

/// <summary>One request the double received.</summary>
public sealed record BpsDoubleRequest(string Action, string? Model, string? Page, string? Id, string? File, string? Range, string UserAgent);
