using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
/// Meta's Graph API for WhatsApp on loopback: `POST /{version}/{phone-number-id}/messages`
/// (JSON, bearer token; answers a wamid or Graph's error object, and refuses interactive
/// messages over WhatsApp's limits as Graph does), `POST …/media` (multipart upload, answers an
/// id), and inbound media (`GET /{version}/{media-id}` then its URL). Records every call; errors
/// can be scripted for the next message calls.
/// </summary>
public sealed class GraphApiDouble : IAsyncDisposable
{
    public const string Version = "v23.0";
    public const string PhoneNumberId = "106540352242922";
    public const string AccessToken = "EAAG-test-token";
    public const string AppSecret = "app-secret-0123456789";
    public const string VerifyToken = "verify-me-please";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<GraphFailure?> _script = new();
    private readonly ConcurrentQueue<GraphCall> _calls = new();
    private readonly ConcurrentQueue<GraphUpload> _uploads = new();
    private readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> _media = new();
    private int _sequence;

    private GraphApiDouble(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string GraphBaseUrl => $"{BaseUrl}/{Version}";

    /// <summary>Message calls received, in order (including refused ones).</summary>
    public IReadOnlyList<GraphCall> Calls => _calls.ToArray();

    public IReadOnlyList<GraphUpload> Uploads => _uploads.ToArray();

    public static async Task<GraphApiDouble> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new GraphApiDouble(app);
        app.MapPost($"/{Version}/{{phoneNumberId}}/messages", fake.MessageAsync);
        app.MapPost($"/{Version}/{{phoneNumberId}}/media", fake.UploadAsync);
        app.MapGet($"/{Version}/{{mediaId}}", fake.MediaInfo);
        app.MapGet("/whatsapp_business/attachments/{mediaId}", fake.MediaBytes);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    public Dictionary<string, string?> HostSettings() => new()
    {
        ["MetaWhatsApp:AccessToken"] = AccessToken,
        ["MetaWhatsApp:PhoneNumberId"] = PhoneNumberId,
        ["MetaWhatsApp:AppSecret"] = AppSecret,
        ["MetaWhatsApp:VerifyToken"] = VerifyToken,
        ["MetaWhatsApp:GraphBaseUrl"] = GraphBaseUrl,
    };

    /// <summary>The next message call answers with this Graph error (then the ones after it, in order).</summary>
    public void FailNext(GraphFailure failure) => _script.Enqueue(failure);

    /// <summary>Serves a file as inbound media; returns its media id.</summary>
    public string AddMedia(byte[] bytes, string contentType)
    {
        var id = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        _media[id] = (bytes, contentType);
        return id;
    }

    public async Task<IReadOnlyList<GraphCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        await WaitUntil.TrueAsync(() => _calls.Count >= count, $"{count} Graph message calls", () => $"Got {_calls.Count}.", timeout: timeout);
        return Calls;
    }

    private async Task<IResult> MessageAsync(string phoneNumberId, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        var call = new GraphCall(body ?? [], Authorized(request) && phoneNumberId == PhoneNumberId, Interlocked.Increment(ref _sequence));
        if (!call.Authorized)
        {
            _calls.Enqueue(call);
            return Error(new GraphFailure(190, "Error validating access token: Session has expired.", 401));
        }

        if (_script.TryDequeue(out var failure) && failure is not null)
        {
            _calls.Enqueue(call);
            return Error(failure);
        }

        if (Invalid(call) is { } problem)
        {
            _calls.Enqueue(call);
            return Error(new GraphFailure(131009, "(#131009) Parameter value is not valid: " + problem));
        }

        var wamid = "wamid.HBgN" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));
        _calls.Enqueue(call with { Wamid = wamid });
        var to = call.Body["to"]?.GetValue<string>();
        var answer = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = to }),
            ["messages"] = new JsonArray(new JsonObject { ["id"] = wamid }),
        };
        return Results.Text(answer.ToJsonString(), "application/json", Encoding.UTF8);
    }

    /// <summary>The limits Graph enforces on what the bot sends (titles, counts, lengths).</summary>
    private static string? Invalid(GraphCall call)
    {
        var b = call.Body;
        if ((string?)b["messaging_product"] != "whatsapp" || b["to"] is null)
        {
            return "messaging_product and to are required";
        }

        switch ((string?)b["type"])
        {
            case "text":
                var body = (string?)b["text"]?["body"] ?? "";
                return body.Length is 0 or > 4096 ? "text.body length" : null;
            case "interactive":
                var interactive = b["interactive"]!;
                if (((string?)interactive["body"]?["text"] ?? "").Length is 0 or > 1024)
                {
                    return "interactive.body.text length";
                }

                if ((string?)interactive["type"] == "button")
                {
                    var buttons = interactive["action"]!["buttons"]!.AsArray();
                    return buttons.Count is 0 or > 3 || buttons.Any(x => ((string?)x!["reply"]!["title"] ?? "").Length is 0 or > 20) ? "buttons" : null;
                }

                var action = interactive["action"]!;
                var rows = action["sections"]!.AsArray().SelectMany(s => s!["rows"]!.AsArray()).ToList();
                return ((string?)action["button"] ?? "").Length is 0 or > 20
                    || rows.Count is 0 or > 10
                    || rows.Any(r => ((string?)r!["title"] ?? "").Length is 0 or > 24 || ((string?)r!["description"] ?? "").Length > 72)
                    ? "list"
                    : null;
            case "document":
                return b["document"]?["id"] is null && b["document"]?["link"] is null ? "document.id" : null;
            case "template":
                return b["template"]?["name"] is null ? "template.name" : null;
            default:
                return "type";
        }
    }

    private async Task<IResult> UploadAsync(string phoneNumberId, HttpRequest request)
    {
        if (!Authorized(request) || phoneNumberId != PhoneNumberId)
        {
            return Error(new GraphFailure(190, "Error validating access token.", 401));
        }

        var form = await request.ReadFormAsync();
        var file = form.Files["file"];
        if (file is null || form["messaging_product"] != "whatsapp")
        {
            return Error(new GraphFailure(100, "(#100) The parameter file is required."));
        }

        using var bytes = new MemoryStream();
        await file.CopyToAsync(bytes);
        var id = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        _uploads.Enqueue(new GraphUpload(id, file.FileName, form["type"].ToString(), bytes.ToArray()));
        return Results.Text(new JsonObject { ["id"] = id }.ToJsonString(), "application/json", Encoding.UTF8);
    }

    private IResult MediaInfo(string mediaId, HttpRequest request)
    {
        if (!Authorized(request))
        {
            return Error(new GraphFailure(190, "Error validating access token.", 401));
        }

        if (!_media.TryGetValue(mediaId, out var media))
        {
            return Error(new GraphFailure(100, "Unsupported get request.", 404));
        }

        var info = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["url"] = $"{BaseUrl}/whatsapp_business/attachments/{mediaId}",
            ["mime_type"] = media.ContentType,
            ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(media.Bytes)),
            ["file_size"] = media.Bytes.Length,
            ["id"] = mediaId,
        };
        return Results.Text(info.ToJsonString(), "application/json", Encoding.UTF8);
    }

    private IResult MediaBytes(string mediaId, HttpRequest request) =>
        !Authorized(request) ? Results.StatusCode(401)
        : _media.TryGetValue(mediaId, out var media) ? Results.Bytes(media.Bytes, media.ContentType)
        : Results.NotFound();

    private static bool Authorized(HttpRequest request) => request.Headers.Authorization.ToString() == "Bearer " + AccessToken;

    private static IResult Error(GraphFailure failure)
    {
        var error = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = failure.Message,
                ["type"] = "OAuthException",
                ["code"] = failure.Code,
                ["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = failure.Message },
                ["fbtrace_id"] = "A" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            },
        };
        return Results.Text(error.ToJsonString(), "application/json", Encoding.UTF8, failure.Status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A scripted Graph error: its code, message and HTTP status.</summary>
public sealed record GraphFailure(int Code, string Message, int Status = 400);

/// <summary>One message call as Graph received it.</summary>
public sealed record GraphCall(JsonObject Body, bool Authorized, int Sequence)
{
    /// <summary>The wamid answered, or null when refused.</summary>
    public string? Wamid { get; init; }

    public string? Type => (string?)Body["type"];
}

/// <summary>One media upload: the id answered, the file name and type given, the bytes.</summary>
public sealed record GraphUpload(string Id, string FileName, string Type, byte[] Bytes);
