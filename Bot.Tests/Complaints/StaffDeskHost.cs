using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Bot.Tests.Infrastructure;
using Bot.Tests.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Complaints;

/// <summary>
/// The real host with the ticket desk wired to a Telegram Bot API double: ticket posts go to the
/// staff group through the real Telegram sender, and staff messages come back as Telegram
/// updates through the real webhook. Escalation's loop is off (tests run the check).
/// </summary>
public sealed class StaffDeskHost : IAsyncDisposable
{
    public const string SupervisorChat = "-1009999";
    public const string StaffMail = "pst6571@example.test";
    public const string ApiKey = "test-staff-key-0123456789abcdefghijkl";

    private const string Secret = "s3cret_Tok-en_0123456789abcdefghijk";
    private static readonly string s_staffChat = TelegramUpdates.StaffChatId.ToString(CultureInfo.InvariantCulture);
    private int _updateId = 700_000;

    private StaffDeskHost(TelegramBotApiDouble api, BotFactory factory)
    {
        Api = api;
        Factory = factory;
    }

    public static string StaffChat => s_staffChat;

    public TelegramBotApiDouble Api { get; }

    public BotFactory Factory { get; }

    public static async Task<StaffDeskHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TestStore store = TestStore.Sqlite)
    {
        var api = await TelegramBotApiDouble.StartAsync();
        try
        {
            var factory = new TestHostBuilder(store)
                .WithTelegram(api, Secret)
                .With("Telegram:StaffChatId", s_staffChat)
                .With("Staff:SupervisorChatId", SupervisorChat)
                .With("Staff:Emails:0", StaffMail)
                .With("Staff:ApiKey", ApiKey)
                .With("Staff:EscalationCheckSeconds", "0")
                .With(settings)
                .Services(services)
                .Build();
            return new StaffDeskHost(api, factory);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public WebChatClient NewChat() => new(Factory.CreateClient());

    public HttpClient StaffApi()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ApiKey);
        return client;
    }

    /// <summary>
    /// A staff member writes in the staff group (optionally as a Telegram reply to one of the
    /// bot's messages) or presses a button under one; the update goes through the webhook.
    /// </summary>
    public async Task StaffSaysAsync(string? text, string? replyTo = null, string? button = null, string staff = "Budi Santoso")
    {
        var updateId = Interlocked.Increment(ref _updateId);
        var names = staff.Split(' ', 2);
        var from = new JsonObject { ["id"] = 4242 + staff.Length, ["is_bot"] = false, ["first_name"] = names[0], ["username"] = names[0].ToLowerInvariant(), ["language_code"] = "id" };
        if (names.Length > 1)
        {
            from["last_name"] = names[1];
        }

        var group = TelegramUpdates.GroupChat(TelegramUpdates.StaffChatId);
        var date = Factory.Clock.GetUtcNow().ToUnixTimeSeconds();
        JsonObject BotMessage(string id) => new()
        {
            ["message_id"] = int.Parse(id, CultureInfo.InvariantCulture),
            ["from"] = new JsonObject { ["id"] = Api.BotId, ["is_bot"] = true, ["first_name"] = "PST Test Bot", ["username"] = Api.BotUserName },
            ["chat"] = group.DeepClone(),
            ["date"] = date,
            ["text"] = "(tiket)",
        };

        JsonObject update;
        if (button is not null)
        {
            update = new JsonObject
            {
                ["update_id"] = updateId,
                ["callback_query"] = new JsonObject
                {
                    ["id"] = "q" + updateId,
                    ["from"] = from,
                    ["message"] = BotMessage(replyTo ?? throw new ArgumentException("A button press needs the message it is under.", nameof(replyTo))),
                    ["chat_instance"] = "-8401987654321",
                    ["data"] = button,
                },
            };
        }
        else
        {
            var message = new JsonObject { ["message_id"] = updateId % 100_000, ["from"] = from, ["chat"] = group, ["date"] = date, ["text"] = text };
            if (text?.StartsWith('/') == true)
            {
                message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = text.Split(' ')[0].Length, ["type"] = "bot_command" });
            }

            if (replyTo is not null)
            {
                message["reply_to_message"] = BotMessage(replyTo);
            }

            update = new JsonObject { ["update_id"] = updateId, ["message"] = message };
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram")
        {
            Content = new StringContent(update.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        var response = await Factory.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        await Factory.DrainAsync();
    }

    /// <summary>A visitor's update in their private Telegram chat (a text, or a button press when <paramref name="button"/> is set), through the webhook.</summary>
    public async Task UserSaysOnTelegramAsync(string? text, long chatId = TelegramUpdates.UserId, string? button = null)
    {
        var updateId = Interlocked.Increment(ref _updateId);
        var update = button is null ? TelegramUpdates.Text(updateId, text!, chatId) : TelegramUpdates.Callback(updateId, button, chatId, queryId: "q" + updateId);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram")
        {
            Content = new StringContent(update, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        var response = await Factory.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        await Factory.DrainAsync();
    }

    /// <summary>Posts to a chat (staff group or supervisor), oldest first, as stored in the outbox.</summary>
    public Task<List<(OutboxMessage Row, Outbound Message)>> PostsAsync(string? chat = null) =>
        Factory.QueryAsync(async db =>
            (await db.Outbox.AsNoTracking().Where(m => m.Channel == ChannelNames.Staff && m.Recipient == (chat ?? s_staffChat)).OrderBy(m => m.Id).ToListAsync())
            .Select(r => (r, MessageJson.Deserialize<Outbound>(r.Payload)))
            .ToList());

    /// <summary>
    /// The Telegram message id of a post once the staff sender delivered it to the double. The
    /// sender spaces group messages on the host's clock, so the fake clock is moved on meanwhile.
    /// </summary>
    public async Task<string> MessageIdOfAsync(long outboxId)
    {
        var row = await Factory.WaitForOutboxAsync(
            outboxId,
            m => m.ExternalId is not null,
            between: () =>
            {
                Factory.Clock.Advance(TimeSpan.FromMilliseconds(500));
                return Task.CompletedTask;
            },
            poll: TimeSpan.FromMilliseconds(50));
        return row.ExternalId!;
    }

    /// <summary>The Telegram message id of the newest post about a ticket that carries its buttons.</summary>
    public async Task<string> ButtonPostOfAsync(string number)
    {
        var post = (await PostsAsync()).Last(p => p.Message.Choices.Any(c => c.Id.EndsWith(number, StringComparison.Ordinal)));
        return await MessageIdOfAsync(post.Row.Id);
    }

    public Task<Ticket> TicketAsync(string number) =>
        Factory.QueryAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Entries).SingleAsync(t => t.Number == number));

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
    }
}
