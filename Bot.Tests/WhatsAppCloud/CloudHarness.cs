using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Dialogs.Model;
using Bot.Host.Documents;
using Bot.Host.Messaging;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.WhatsAppCloud;

/// <summary>The real host with the Cloud API channel pointed at a Graph double, and a user who writes to it.</summary>
public sealed class CloudHarness : IAsyncDisposable
{
    public const string UserPhone = "+6281234567890";
    public const string Path = "/webhooks/whatsapp-cloud";
    public const string TemplateName = "balasan_menunggu";

    private CloudHarness(GraphApiDouble graph, BotFactory factory)
    {
        Graph = graph;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public GraphApiDouble Graph { get; }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public string ConversationId => ConversationRecord.MakeId(ChannelNames.WhatsApp, Factory.Services.GetRequiredService<PersonalData>().Hash(UserPhone));

    public static async Task<CloudHarness> StartAsync(IDictionary<string, string?>? settings = null, IDocumentStore? documents = null, TestStore store = TestStore.Sqlite)
    {
        var graph = await GraphApiDouble.StartAsync();
        try
        {
            var factory = new TestHostBuilder(store)
                .With(graph.HostSettings())
                .With("MetaWhatsApp:OutOfWindowTemplate:Name", TemplateName)
                .With("MetaWhatsApp:OutOfWindowTemplate:Language", "id")
                .With("Documents:PublicBaseUrl", "https://pstbot.example.id")
                .With(settings)
                .Services(documents is null ? null : services => services.AddSingleton(documents))
                .Build();
            return new CloudHarness(graph, factory);
        }
        catch
        {
            await graph.DisposeAsync();
            throw;
        }
    }

    public static string NewWamid() => "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFDNB" + Convert.ToHexString(RandomNumberGenerator.GetBytes(10));

    /// <summary>The webhook body Meta posts for one inbound message (the message object given).</summary>
    public static string Envelope(JsonObject message, string phone = UserPhone)
    {
        var from = phone.TrimStart('+');
        message["from"] = from;
        message["timestamp"] ??= "1772413200";
        var value = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject { ["display_phone_number"] = "6285183106571", ["phone_number_id"] = GraphApiDouble.PhoneNumberId },
            ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Budi" }, ["wa_id"] = from }),
            ["messages"] = new JsonArray(message),
        };
        return Wrap(value);
    }

    public static string StatusEnvelope(string wamid, string status, int? errorCode = null)
    {
        var entry = new JsonObject { ["id"] = wamid, ["status"] = status, ["timestamp"] = "1772413260", ["recipient_id"] = UserPhone.TrimStart('+') };
        if (errorCode is { } code)
        {
            entry["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["title"] = "Message undeliverable" });
        }

        return Wrap(new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject { ["display_phone_number"] = "6285183106571", ["phone_number_id"] = GraphApiDouble.PhoneNumberId },
            ["statuses"] = new JsonArray(entry),
        });
    }

    public static JsonObject Text(string body, string? wamid = null) =>
        new() { ["id"] = wamid ?? NewWamid(), ["type"] = "text", ["text"] = new JsonObject { ["body"] = body } };

    /// <summary>Signs as Meta does: sha256= and the hex HMAC-SHA256 of the exact body with the app secret.</summary>
    public static string Sign(string body, string secret = GraphApiDouble.AppSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    public Task<HttpResponseMessage> PostAsync(string body, string? signature = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("X-Hub-Signature-256", signature.Length == 0 ? Sign(body) : signature);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> SayAsync(string text, string? wamid = null) => PostAsync(Envelope(Text(text, wamid)));

    public async Task<List<InboxMessage>> InboxAsync() =>
        await Factory.QueryAsync(db => db.Inbox.AsNoTracking().Where(m => m.Channel == ChannelNames.WhatsApp).OrderBy(m => m.Id).ToListAsync());

    public static Inbound Read(InboxMessage row) => MessageJson.Deserialize<Inbound>(row.Payload);

    public async Task<long> EnqueueAsync(Outbound reply)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var record = await db.Conversations.SingleAsync(c => c.Id == ConversationId);
        var row = scope.ServiceProvider.GetRequiredService<OutboxWriter>().Enqueue(record, reply);
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<WorkSignals>().Outbox.Set();
        return row.Id;
    }

    public Task<OutboxMessage> WaitForOutboxAsync(long id, Func<OutboxMessage, bool> done, Func<Task>? between = null) => Factory.WaitForOutboxAsync(id, done, between);

    private static string Wrap(JsonObject value) => new JsonObject
    {
        ["object"] = "whatsapp_business_account",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = "102290129340398",
            ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }),
        }),
    }.ToJsonString();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Graph.DisposeAsync();
    }
}
