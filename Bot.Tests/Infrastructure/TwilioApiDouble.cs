using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// Twilio's REST API on loopback, speaking its wire protocol: the Messages resource
/// (`POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded, HTTP basic auth,
/// JSON message resource or Twilio's JSON error), and inbound media URLs behind the same basic
/// auth. It records every call; failures can be scripted for the next calls.
/// </summary>
public sealed class TwilioApiDouble : IAsyncDisposable
{
    public const string AuthToken = "0123456789abcdef0123456789abcdef";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<TwilioApiDoubleFailure?> _script = new();
    private readonly ConcurrentQueue<TwilioApiDoubleCall> _calls = new();
    private TaskCompletionSource _arrived = NewArrival();
    private readonly ConcurrentDictionary<string, (byte[] Bytes, string ContentType)> _media = new();
    private int _sequence;

    private TwilioApiDouble(WebApplication app, string accountSid)
    {
        _app = app;
        AccountSid = accountSid;
    }

    public string AccountSid { get; }

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Message creations received, in order (including refused ones).</summary>
    public IReadOnlyList<TwilioApiDoubleCall> Calls => _calls.ToArray();

    /// <summary>Media downloads received: (path, authorized).</summary>
    public ConcurrentQueue<(string Path, bool Authorized)> MediaRequests { get; } = new();

    public static async Task<TwilioApiDouble> StartAsync(string? accountSid = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new TwilioApiDouble(app, accountSid ?? "AC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", fake.CreateMessageAsync);
        app.MapGet("/2010-04-01/Accounts/{accountSid}/Messages/{messageSid}/Media/{mediaSid}", fake.GetMedia);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    /// <summary>The settings that point the host's WhatsApp channel at this double.</summary>
    public Dictionary<string, string?> HostSettings(string publicBaseUrl = "https://pstbot.example.id") => new()
    {
        ["Twilio:AccountSid"] = AccountSid,
        ["Twilio:AuthToken"] = AuthToken,
        ["Twilio:WhatsAppFrom"] = "whatsapp:+6285183106571",
        ["Twilio:PublicBaseUrl"] = publicBaseUrl,
        ["Twilio:ApiBaseUrl"] = BaseUrl,
    };

    /// <summary>The next message creation answers with this error (then the ones after it, in order).</summary>
    public void FailNext(TwilioApiDoubleFailure failure) => _script.Enqueue(failure);

    /// <summary>The next message creation succeeds; with <see cref="FailNext"/> it scripts "first ok, then fail".</summary>
    public void PassNext() => _script.Enqueue(null);

    /// <summary>Serves a file as Twilio serves inbound media; returns its MediaUrl.</summary>
    public string AddMedia(byte[] bytes, string contentType)
    {
        var mediaSid = "ME" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _media[mediaSid] = (bytes, contentType);
        return $"{BaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages/MM{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}/Media/{mediaSid}";
    }

    /// <summary>Waits (in real time, for the host's background sender) until at least <paramref name="count"/> calls arrived.</summary>
    public async Task<IReadOnlyList<TwilioApiDoubleCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => _calls.Count >= count, () => $"Expected {count} Twilio calls, got {_calls.Count}.", timeout);
        return Calls;
    }

    /// <summary>
    /// Waits (in real time, for the host's background sender) until a message sent after the
    /// one numbered <paramref name="after"/> has a body containing the text.
    /// </summary>
    public async Task<TwilioApiDoubleCall> WaitForBodyAsync(string text, int after = 0, TimeSpan? timeout = null)
    {
        TwilioApiDoubleCall? found = null;
        await WaitUntilAsync(
            () => (found = Calls.FirstOrDefault(c => c.Sequence > after && c.Body?.Contains(text, StringComparison.Ordinal) == true)) is not null,
            () => $"No Twilio message contains '{text}'; bodies: {string.Join(" | ", Calls.Select(c => c.Body))}",
            timeout);
        return found!;
    }

    // Woken by every call that arrives, not by polling; the timeout bounds a broken test only.
    private async Task WaitUntilAsync(Func<bool> done, Func<string> failure, TimeSpan? timeout)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var arrival = Volatile.Read(ref _arrived).Task;
            if (done())
            {
                return;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(arrival, Task.Delay(left)) != arrival)
            {
                throw new TimeoutException(failure());
            }
        }
    }

    private void Arrived(TwilioApiDoubleCall call)
    {
        _calls.Enqueue(call);
        Interlocked.Exchange(ref _arrived, NewArrival()).TrySetResult();
    }

    private static TaskCompletionSource NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task<IResult> CreateMessageAsync(string accountSid, HttpRequest request)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var authorized = IsAuthorized(request) && accountSid == AccountSid;
        var sid = "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var call = new TwilioApiDoubleCall(
            accountSid,
            form["To"].ToString(),
            form["From"].ToString(),
            NullIfEmpty(form["Body"]),
            form["MediaUrl"].Select(v => v!).ToList(),
            NullIfEmpty(form["ContentSid"]),
            NullIfEmpty(form["ContentVariables"]),
            NullIfEmpty(form["StatusCallback"]),
            authorized,
            Interlocked.Increment(ref _sequence));

        if (!authorized)
        {
            Arrived(call with { Sid = null });
            return Error(new TwilioApiDoubleFailure(401, 20003, "Authenticate"));
        }

        if (_script.TryDequeue(out var failure) && failure is not null)
        {
            Arrived(call with { Sid = null });
            if (failure.RetryAfterSeconds is { } seconds)
            {
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return Error(failure);
        }

        if (string.IsNullOrEmpty(call.To) || (call.Body is null && call.ContentSid is null && call.MediaUrls.Count == 0))
        {
            Arrived(call with { Sid = null });
            return Error(new TwilioApiDoubleFailure(400, 21602, "Message body is required."));
        }

        Arrived(call with { Sid = sid });
        var now = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture);
        var resource = new Dictionary<string, object?>
        {
            ["account_sid"] = AccountSid,
            ["api_version"] = "2010-04-01",
            ["body"] = call.Body ?? "",
            ["date_created"] = now,
            ["date_sent"] = null,
            ["date_updated"] = now,
            ["direction"] = "outbound-api",
            ["error_code"] = null,
            ["error_message"] = null,
            ["from"] = call.From,
            ["messaging_service_sid"] = null,
            ["num_media"] = call.MediaUrls.Count.ToString(CultureInfo.InvariantCulture),
            ["num_segments"] = "1",
            ["price"] = null,
            ["price_unit"] = "USD",
            ["sid"] = sid,
            ["status"] = "queued",
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sid}/Media.json" },
            ["to"] = call.To,
            ["uri"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sid}.json",
        };
        return Results.Text(JsonSerializer.Serialize(resource), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    private IResult GetMedia(string accountSid, string messageSid, string mediaSid, HttpRequest request)
    {
        var authorized = IsAuthorized(request) && accountSid == AccountSid;
        MediaRequests.Enqueue((request.Path, authorized));
        if (!authorized)
        {
            return Error(new TwilioApiDoubleFailure(401, 20003, "Authenticate"));
        }

        return _media.TryGetValue(mediaSid, out var media)
            ? Results.Bytes(media.Bytes, media.ContentType)
            : Error(new TwilioApiDoubleFailure(404, 20404, $"The requested resource /2010-04-01/Accounts/{accountSid}/Messages/{messageSid}/Media/{mediaSid} was not found"));
    }

    private bool IsAuthorized(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var auth) || auth.Scheme != "Basic" || auth.Parameter is null)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(auth.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        return decoded == $"{AccountSid}:{AuthToken}";
    }

    private static IResult Error(TwilioApiDoubleFailure failure)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["code"] = failure.Code,
            ["message"] = failure.Message,
            ["more_info"] = $"https://www.twilio.com/docs/errors/{failure.Code}",
            ["status"] = failure.Status,
        });
        return Results.Text(body, "application/json", Encoding.UTF8, failure.Status);
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrEmpty(value.ToString()) ? null : value.ToString();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A scripted Twilio error: HTTP status, Twilio error code, message, optional Retry-After.</summary>
public sealed record TwilioApiDoubleFailure(int Status, int Code, string Message, int? RetryAfterSeconds = null);

/// <summary>One recorded message creation as Twilio received it.</summary>
public sealed record TwilioApiDoubleCall(
    string AccountSid,
    string To,
    string From,
    string? Body,
    IReadOnlyList<string> MediaUrls,
    string? ContentSid,
    string? ContentVariables,
    string? StatusCallback,
    bool Authorized,
    int Sequence)
{
    /// <summary>The SID answered, or null when the call was refused.</summary>
    public string? Sid { get; init; }
}
