using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Complaints;

/// <summary>
/// The real host set up for the ticket desk: a staff group and a supervisor chat, a staff
/// mailbox, an API key, and the escalation loop off (tests run the check themselves).
/// Staff messages are written to the inbox exactly as the Telegram adapter writes them.
/// </summary>
public sealed class StaffDeskHost : IDisposable
{
    public const string StaffChat = "-1001234";
    public const string SupervisorChat = "-1009999";
    public const string StaffMail = "pst6571@example.test";
    public const string ApiKey = "test-staff-key";

    private int _updateId = 700_000;

    public StaffDeskHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Telegram:StaffChatId"] = StaffChat,
            ["Staff:SupervisorChatId"] = SupervisorChat,
            ["Staff:Emails:0"] = StaffMail,
            ["Staff:ApiKey"] = ApiKey,
            ["Staff:EscalationCheckSeconds"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = new BotFactory(all)
        {
            ConfigureServicesHook = collection =>
            {
                collection.AddSingleton<IChannelSender>(StaffGroup);
                collection.AddSingleton<IChannelSender>(Mail);
                services?.Invoke(collection);
            },
        };
    }

    public BotFactory Factory { get; }

    public RecordingChannelSender StaffGroup { get; } = new(ChannelNames.Staff);

    public RecordingChannelSender Mail { get; } = new(ChannelNames.Mail);

    public WebChatClient NewChat() => new(Factory.CreateClient());

    public HttpClient StaffApi()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ApiKey);
        return client;
    }

    /// <summary>A message in the staff group, as the Telegram adapter stores it, then its turn.</summary>
    public async Task StaffSaysAsync(string? text, string? replyTo = null, string? button = null, string staff = "Budi Santoso", string chat = StaffChat)
    {
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var inbox = scope.ServiceProvider.GetRequiredService<InboxWriter>();
            var id = Interlocked.Increment(ref _updateId);
            await inbox.WriteAsync(new Inbound(ChannelNames.Staff, chat, $"tg-{id}", Factory.Clock.GetUtcNow())
            {
                Text = text,
                ChoiceId = button,
                ReplyTo = replyTo,
                Sender = new SenderProfile(staff, staff.Split(' ')[0].ToLowerInvariant(), "id", null),
            });
        }

        await Factory.DrainAsync();
    }

    /// <summary>Posts to a chat (staff group or supervisor), oldest first, as stored in the outbox.</summary>
    public Task<List<(OutboxMessage Row, Outbound Message)>> PostsAsync(string chat = StaffChat) =>
        Factory.QueryAsync(async db =>
            (await db.Outbox.AsNoTracking().Where(m => m.Channel == ChannelNames.Staff && m.Recipient == chat).OrderBy(m => m.Id).ToListAsync())
            .Select(r => (r, MessageJson.Deserialize<Outbound>(r.Payload)))
            .ToList());

    /// <summary>Waits until the staff sender has delivered a post and the dispatcher stored its message id.</summary>
    public async Task<string> MessageIdOfAsync(long outboxId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var externalId = await Factory.QueryAsync(db => db.Outbox.Where(m => m.Id == outboxId).Select(m => m.ExternalId).SingleAsync());
            if (externalId is not null)
            {
                return externalId;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Outbox row {outboxId} was not delivered.");
    }

    public Task<Ticket> TicketAsync(string number) =>
        Factory.QueryAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Entries).SingleAsync(t => t.Number == number));

    public void Dispose() => Factory.Dispose();
}
