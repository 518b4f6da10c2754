using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Bot.Tests.Durability.Fuzz;

/// <summary>
/// Malformed or odd, but correctly signed, Cloud API webhook bodies against the real endpoint.
/// A probe must be accepted first, so the test cannot pass by refusing everything.
/// </summary>
public sealed class CloudWebhookFuzzTests(ITestOutputHelper output)
{
    private const string Path = "/webhooks/whatsapp-cloud";

    [Fact]
    public async Task ThreeThousandMalformedCloudApiBodiesNeverGetA5xxNorThrow()
    {
        var errors = new ErrorLogCapture();
        await using var graph = await GraphApiDouble.StartAsync();
        using var factory = new TestHostBuilder().With(graph.HostSettings()).Services(s => s.AddSingleton<ILoggerProvider>(errors)).Build();
        var http = factory.CreateClient();
        var random = new Random(Environment.TickCount);
        void Sign(HttpRequestMessage r) => r.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(GraphApiDouble.AppSecret), r.Content!.ReadAsByteArrayAsync().Result)));

        var probe = await FuzzRunner.PostAllAsync(http, 1, i => (Path, new FuzzBody(Encoding.UTF8.GetBytes(Message(random, i).ToJsonString()), "application/json", "valid")), Sign);
        Assert.True(probe.Statuses.ContainsKey(200), $"A valid, signed body was not accepted ({probe}); check the channel settings in {nameof(CloudWebhookFuzzTests)}.");
        var lockObject = new object();
        var outcome = await FuzzRunner.PostAllAsync(http, 3_000, i =>
        {
            lock (lockObject)
            {
                var valid = Message(random, 1_000 + i);
                return (Path, random.Next(10) == 0
                    ? new FuzzBody(Encoding.UTF8.GetBytes(valid.ToJsonString()), "application/json", "valid")
                    : JsonMutator.Mutate(random, valid));
            }
        }, Sign);
        output.WriteLine(outcome.ToString());
        foreach (var error in errors.Errors.Take(5))
        {
            output.WriteLine(error);
        }

        Assert.Empty(outcome.ServerErrors);
        Assert.True(errors.Errors.IsEmpty, string.Join("\n\n", errors.Errors));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
    }

    /// <summary>A webhook body of one of the kinds Meta sends (text, button, list, media, location, status, unsupported).</summary>
    private static JsonObject Message(Random random, int n)
    {
        var from = "62812" + random.Next(1_000_000, 9_999_999);
        var message = new JsonObject { ["from"] = from, ["id"] = $"wamid.fz{n}x{random.Next()}", ["timestamp"] = "1772413200" };
        JsonObject value = new()
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject { ["display_phone_number"] = "6285183106571", ["phone_number_id"] = GraphApiDouble.PhoneNumberId },
            ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Budi" }, ["wa_id"] = from }),
        };
        switch (random.Next(7))
        {
            case 0:
                message["type"] = "interactive";
                message["interactive"] = new JsonObject { ["type"] = "button_reply", ["button_reply"] = new JsonObject { ["id"] = "m:info", ["title"] = "Info" } };
                break;
            case 1:
                message["type"] = "interactive";
                message["interactive"] = new JsonObject { ["type"] = "list_reply", ["list_reply"] = new JsonObject { ["id"] = "m:search", ["title"] = "Cari", ["description"] = "Cari publikasi" } };
                break;
            case 2:
                message["type"] = "document";
                message["document"] = new JsonObject { ["id"] = "404404", ["mime_type"] = "application/pdf", ["filename"] = "a.pdf", ["caption"] = DialogInputs.Text(random) };
                break;
            case 3:
                message["type"] = "location";
                message["location"] = new JsonObject { ["latitude"] = 3.3, ["longitude"] = 117.6, ["name"] = "Tarakan" };
                break;
            case 4:
                value.Remove("contacts");
                value["statuses"] = new JsonArray(new JsonObject { ["id"] = "wamid.unknown", ["status"] = "failed", ["errors"] = new JsonArray(new JsonObject { ["code"] = 131026 }) });
                return Wrap(value);
            case 5:
                message["type"] = "unsupported";
                message["errors"] = new JsonArray(new JsonObject { ["code"] = 131051 });
                break;
            default:
                message["type"] = "text";
                message["text"] = new JsonObject { ["body"] = DialogInputs.Text(random) };
                break;
        }

        value["messages"] = new JsonArray(message);
        return Wrap(value);
    }

    private static JsonObject Wrap(JsonObject value) => new()
    {
        ["object"] = "whatsapp_business_account",
        ["entry"] = new JsonArray(new JsonObject { ["id"] = "1", ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }) }),
    };
}
