using System.Net;
using System.Security.Cryptography;
using System.Text;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>
/// 10,000 malformed or odd, but well-authenticated, webhook bodies per push channel. They run
/// against the real channel endpoints with valid credentials: a probe fails loudly when a valid
/// request is not accepted, so the test cannot pass by refusing everything.
/// </summary>
public sealed class WebhookFuzzTests(ITestOutputHelper output)
{
    private const string Secret = "fuzz-secret-0123456789abcdefghijkl";
    private const string PublicBaseUrl = "https://pstbot.example.id";

    [Fact]
    public async Task TenThousandMalformedTelegramUpdatesNeverGetA5xxNorThrow()
    {
        var errors = new ErrorLogCapture();
        await using var api = await TelegramBotApiDouble.StartAsync();
        using var factory = new TestHostBuilder()
            .With("Telegram:BotToken", "123:TEST")
            .With("Telegram:Mode", "Webhook")
            .With("Telegram:WebhookSecret", Secret)
            .With("Telegram:ApiBaseUrl", api.BaseUrl)
            .Services(s => s.AddSingleton<ILoggerProvider>(errors))
            .Build();
        var http = factory.CreateClient();
        var random = new Random(Environment.TickCount);
        void Authenticate(HttpRequestMessage r) => r.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);

        var probe = await FuzzRunner.PostAllAsync(http, 1, _ => ("/webhooks/telegram", Valid(ChannelBodies.Telegram, random)), Authenticate);
        Assert.True(probe.Statuses.ContainsKey(200), $"A valid, authenticated update was not accepted ({probe}); check the channel settings in {nameof(WebhookFuzzTests)}.");
        var lockObject = new object();
        var outcome = await FuzzRunner.PostAllAsync(http, 10_000, i =>
        {
            lock (lockObject)
            {
                return ("/webhooks/telegram", ChannelBodies.Telegram(random, 1_000_000 + i));
            }
        }, Authenticate);
        output.WriteLine(outcome.ToString());
        foreach (var error in errors.Errors.Take(5))
        {
            output.WriteLine(error);
        }

        Assert.Empty(outcome.ServerErrors);
        Assert.True(errors.Errors.IsEmpty, string.Join("\n\n", errors.Errors));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task TenThousandMalformedTwilioFormsNeverGetA5xxNorThrow()
    {
        var errors = new ErrorLogCapture();
        await using var twilio = await TwilioApiDouble.StartAsync();
        using var factory = new TestHostBuilder().With(twilio.HostSettings(PublicBaseUrl)).Services(s => s.AddSingleton<ILoggerProvider>(errors)).Build();
        var http = factory.CreateClient();
        var random = new Random(Environment.TickCount);
        var lockObject = new object();

        var outcome = await FuzzRunner.PostAllAsync(http, 10_000, i =>
        {
            lock (lockObject)
            {
                return ("/webhooks/whatsapp", ChannelBodies.TwilioForm(random, $"SM{i:D32}"));
            }
        }, r => r.Headers.Add("X-Twilio-Signature", TwilioSignature(new Uri(PublicBaseUrl + r.RequestUri), r.Content!.ReadAsStringAsync().Result)));
        output.WriteLine(outcome.ToString());
        foreach (var error in errors.Errors.Take(5))
        {
            output.WriteLine(error);
        }

        Assert.True(outcome.Statuses.ContainsKey(200), $"No well-signed form was accepted ({outcome}); check the channel settings in {nameof(WebhookFuzzTests)}.");
        Assert.Empty(outcome.ServerErrors);
        Assert.True(errors.Errors.IsEmpty, string.Join("\n\n", errors.Errors));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    private static FuzzBody Valid(Func<Random, long, FuzzBody> generate, Random random)
    {
        while (true)
        {
            var body = generate(random, random.Next());
            if (body.Description == "valid")
            {
                return body;
            }
        }
    }

    /// <summary>Twilio's request signature: HMAC-SHA1 over the URL and the sorted form fields, base64.</summary>
    private static string TwilioSignature(Uri url, string form)
    {
        var data = new StringBuilder(url.ToString());
        var pairs = form.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => (Key: Unescape(p[0]), Value: p.Length > 1 ? Unescape(p[1]) : ""))
            .OrderBy(p => p.Key, StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            data.Append(key).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(TwilioApiDouble.AuthToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    private static string Unescape(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
