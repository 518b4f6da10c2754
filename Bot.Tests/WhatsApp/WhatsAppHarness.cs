using System.Security.Cryptography;
using Bot.Dialogs.Model;
using Bot.Host.Documents;
using Bot.Host.Messaging;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.WhatsApp;

/// <summary>The real host with its WhatsApp channel pointed at a Twilio double, and a user who writes to it.</summary>
public sealed class WhatsAppHarness : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://pstbot.example.id";
    public const string UserPhone = "+6281234567890";
    public const string TemplateSid = "HX0123456789abcdef0123456789abcdef";

    private WhatsAppHarness(TwilioApiDouble twilio, BotFactory factory)
    {
        Twilio = twilio;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public TwilioApiDouble Twilio { get; }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public string ConversationId => ConversationRecord.MakeId(ChannelNames.WhatsApp, Factory.Services.GetRequiredService<PersonalData>().Hash(UserPhone));

    public static async Task<WhatsAppHarness> StartAsync(IDictionary<string, string?>? settings = null, IDocumentStore? documents = null, Action<IServiceCollection>? configureServices = null, TestStore store = TestStore.Sqlite)
    {
        var twilio = await TwilioApiDouble.StartAsync();
        try
        {
            var factory = new TestHostBuilder(store)
                .With(twilio.HostSettings(PublicBaseUrl))
                .With("Twilio:OutOfWindowContentSid", TemplateSid)
                .With("Documents:PublicBaseUrl", PublicBaseUrl)
                .With(settings)
                .Services(documents is null ? null : services => services.AddSingleton(documents))
                .Services(configureServices)
                .Build();
            return new WhatsAppHarness(twilio, factory);
        }
        catch
        {
            await twilio.DisposeAsync();
            throw;
        }
    }

    public static string NewMessageSid() => "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The form Twilio posts for an inbound WhatsApp text.</summary>
    public Dictionary<string, string> InboundForm(string body, string? messageSid = null, string phone = UserPhone) => new()
    {
        ["SmsMessageSid"] = messageSid ?? NewMessageSid(),
        ["NumMedia"] = "0",
        ["ProfileName"] = "Budi",
        ["MessageType"] = "text",
        ["SmsSid"] = messageSid ?? "",
        ["WaId"] = phone.TrimStart('+'),
        ["SmsStatus"] = "received",
        ["Body"] = body,
        ["To"] = "whatsapp:+6285183106571",
        ["NumSegments"] = "1",
        ["ReferralNumMedia"] = "0",
        ["MessageSid"] = messageSid ?? NewMessageSid(),
        ["AccountSid"] = Twilio.AccountSid,
        ["From"] = "whatsapp:" + phone,
        ["ApiVersion"] = "2010-04-01",
    };

    public Task<HttpResponseMessage> SayAsync(string body, string? messageSid = null)
    {
        var sid = messageSid ?? NewMessageSid();
        var form = InboundForm(body, sid);
        form["SmsMessageSid"] = sid;
        form["SmsSid"] = sid;
        return PostSignedAsync("/webhooks/whatsapp", form);
    }

    /// <summary>Posts a form signed as Twilio signs it, for the public URL of the path.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(string path, Dictionary<string, string> form, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? TwilioSigner.Sign(TwilioApiDouble.AuthToken, PublicBaseUrl + path, form));
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostStatusAsync(string messageSid, string status, string? errorCode = null)
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = messageSid,
            ["SmsSid"] = messageSid,
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
            ["AccountSid"] = Twilio.AccountSid,
            ["From"] = "whatsapp:+6285183106571",
            ["To"] = "whatsapp:" + UserPhone,
            ["ApiVersion"] = "2010-04-01",
            ["ChannelPrefix"] = "whatsapp",
        };
        if (errorCode is not null)
        {
            form["ErrorCode"] = errorCode;
        }

        return PostSignedAsync("/webhooks/whatsapp/status", form);
    }

    /// <summary>Queues a reply to the user as a dialog would (e.g. a staff answer), and wakes the sender.</summary>
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

    /// <summary>Waits (real time, for the background sender) until the outbox row reaches the status.</summary>
    public Task<OutboxMessage> WaitForOutboxAsync(long id, Func<OutboxMessage, bool> done, Func<Task>? between = null) => Factory.WaitForOutboxAsync(id, done, between);

    /// <summary>
    /// Waits (real time) until every outbox row is recorded as sent: a send's record reaches the
    /// table a moment after the channel saw the message (the send journal is applied in batches).
    /// </summary>
    public Task WaitForAllSentAsync() =>
        WaitUntil.ReadAsync(
            () => Factory.QueryAsync(db => db.Outbox.CountAsync(m => m.Status != OutboxStatus.Sent)),
            unsent => unsent == 0,
            "every outbox row to be recorded as sent",
            unsent => $"{unsent} are not.");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Twilio.DisposeAsync();
    }
}
