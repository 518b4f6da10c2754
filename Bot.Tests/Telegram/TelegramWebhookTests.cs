using System.Net;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Telegram;

public sealed class TelegramWebhookTests : IAsyncLifetime
{
    private const string Chat = "555000111";
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync() => _host = await TelegramTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PrivateTextIsAcceptedAndAnsweredWithTheMenu()
    {
        var response = await _host.PostAsync(TelegramUpdates.Text(1001, "halo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat));
        Assert.True(reply.Succeeded, reply.ToString());
        Assert.Equal("HTML", reply.ParseMode, ignoreCase: true);
        Assert.Contains("PST BPS Kota Tarakan", reply.PlainText);
        Assert.Equal(["m:search", "m:account", "m:info", "m:rate", "m:complaint", "m:help", "m:queue", "m:staff"], reply.InlineButtons.Select(b => b.CallbackData));
        Assert.All(reply.InlineButtons, b => Assert.Matches(@"^\d\. \S", b.Text));
    }

    [Fact]
    public async Task SlashStartShowsTheMenu()
    {
        await _host.PostAsync(TelegramUpdates.Text(1002, "/start"));

        var reply = Assert.Single(await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat));
        Assert.Contains("m:search", reply.InlineButtons.Select(b => b.CallbackData));
    }

    [Fact]
    public async Task ARepeatedUpdateIdGetsNoSecondTurn()
    {
        var first = await _host.PostAsync(TelegramUpdates.Text(2001, "halo"));
        var again = await _host.PostAsync(TelegramUpdates.Text(2001, "halo"));
        await _host.PostAsync(TelegramUpdates.Text(2002, "menu"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        // The next update's reply comes after any reply to the repeat would have (one chat is in order).
        await _host.AdvanceUntilAsync(() => _host.Api.CallsTo("sendMessage", Chat).Count >= 2);
        await _host.Factory.DrainAsync();
        Assert.Equal(1, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync(m => m.ExternalId == "2001")));
        Assert.Equal(2, _host.Api.CallsTo("sendMessage", Chat).Count);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData("")]
    [InlineData(null)]
    public async Task AWrongOrMissingSecretIsRefusedAndNothingIsStored(string? secret)
    {
        var response = await _host.PostAsync(TelegramUpdates.Text(3001, "halo"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Theory]
    [InlineData("{\"update_id\": 5, \"message\": ")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"message\": {}}")]
    [InlineData("{\"update_id\": 6, \"message\": \"text\"}")]
    public async Task MalformedUpdatesGetBadRequestAndNothingIsStored(string body)
    {
        var response = await _host.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task AnOversizedBodyIsRefused()
    {
        var response = await _host.PostAsync(TelegramUpdates.Text(3101, new string('a', 1_100_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task UpdateKindsWeDoNotHandleAreAcknowledgedAndIgnored()
    {
        var response = await _host.PostAsync(TelegramUpdates.EditedMessage(4001, "halo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task GroupsChannelsAndOtherBotsAreIgnored()
    {
        var group = TelegramUpdates.Message(4101, TelegramUpdates.GroupChat(-100777, "group"), TelegramUpdates.User(), m => m["text"] = "halo");
        var channel = TelegramUpdates.Message(4102, TelegramUpdates.GroupChat(-100778, "channel"), TelegramUpdates.User(), m => m["text"] = "halo");
        var bot = TelegramUpdates.Text(4103, "halo", from: TelegramUpdates.User(isBot: true));

        foreach (var update in new[] { group, channel, bot })
        {
            Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(update)).StatusCode);
        }

        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task TheStaffGroupIsStoredAsTheStaffChannelWithTheRepliedToMessage()
    {
        var reply = TelegramUpdates.Message(
            4201,
            TelegramUpdates.GroupChat(TelegramUpdates.StaffChatId),
            TelegramUpdates.User(777, "Budi", null, "budi_pst"),
            m =>
            {
                m["text"] = "Sudah kami tindak lanjuti.";
                m["reply_to_message"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["message_id"] = 345,
                    ["chat"] = TelegramUpdates.GroupChat(TelegramUpdates.StaffChatId),
                    ["date"] = 1772413100,
                    ["text"] = "Tiket #12",
                };
            });

        Assert.Equal(HttpStatusCode.OK, (await _host.PostAsync(reply)).StatusCode);

        var row = await _host.Factory.QueryAsync(db => db.Inbox.SingleAsync());
        Assert.Equal(ChannelNames.Staff, row.Channel);
        Assert.Equal("tg-4201", row.ExternalId);
        var inbound = MessageJson.Deserialize<Bot.Dialogs.Model.Inbound>(row.Payload);
        Assert.Equal("-1001234567890", inbound.ConversationKey);
        Assert.Equal("345", inbound.ReplyTo);
        Assert.Equal("Sudah kami tindak lanjuti.", inbound.Text);
        Assert.Equal("budi_pst", inbound.Sender?.UserName);
    }

    [Fact]
    public async Task ACallbackQueryIsAnsweredOnceAndReachesTheDialogAsAChoice()
    {
        var press = TelegramUpdates.Callback(5001, "m:info", queryId: "q-5001");

        var first = await _host.PostAsync(press);
        var again = await _host.PostAsync(press);
        await _host.PostAsync(TelegramUpdates.Callback(5002, "m:info", queryId: "q-5002"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await _host.Api.WaitForCallsAsync("answerCallbackQuery", 2);
        Assert.Single(_host.Api.CallsTo("answerCallbackQuery"), c => c.Get("callback_query_id") == "q-5001");
        var row = await _host.Factory.QueryAsync(db => db.Inbox.SingleAsync(m => m.ExternalId == "5001"));
        Assert.Equal("m:info", MessageJson.Deserialize<Bot.Dialogs.Model.Inbound>(row.Payload).ChoiceId);
        var reply = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat))[0];
        Assert.DoesNotContain("m:search", reply.InlineButtons.Select(b => b.CallbackData));
    }

    [Fact]
    public async Task AButtonPressedInTheStaffGroupIsAnsweredAndStoredForTheTicketDesk()
    {
        await _host.PostAsync(TelegramUpdates.Callback(5101, "t:12:take", chatId: TelegramUpdates.StaffChatId, messageId: 345, queryId: "q-5101"));

        await _host.Api.WaitForCallsAsync("answerCallbackQuery", where: c => c.Get("callback_query_id") == "q-5101");
        var row = await _host.Factory.QueryAsync(db => db.Inbox.SingleAsync());
        var inbound = MessageJson.Deserialize<Bot.Dialogs.Model.Inbound>(row.Payload);
        Assert.Equal(ChannelNames.Staff, inbound.Channel);
        Assert.Equal("t:12:take", inbound.ChoiceId);
        Assert.Equal("345", inbound.ReplyTo);
    }

    [Fact]
    public async Task AButtonPressedInAnotherGroupIsAnsweredButIgnored()
    {
        await _host.PostAsync(TelegramUpdates.Callback(5201, "m:info", chatId: -100999, queryId: "q-5201"));

        await _host.Api.WaitForCallsAsync("answerCallbackQuery", where: c => c.Get("callback_query_id") == "q-5201");
        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task TheUsersTelegramIdentityIsStoredAndTheirLanguageIsUsed()
    {
        var update = TelegramUpdates.Text(6001, "halo", from: TelegramUpdates.User(language: "en"));

        await _host.PostAsync(update);

        var reply = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat))[0];
        var conversation = await _host.Factory.QueryAsync(db => db.Conversations.SingleAsync(c => c.Id == "telegram:" + Chat));
        Assert.Equal("Siti Rahma", conversation.DisplayName);
        Assert.Equal("sitirahma", conversation.UserName);
        Assert.Equal("en", conversation.LanguageCode);
        Assert.Equal("1. Search publications", reply.InlineButtons[0].Text);
    }

    [Fact]
    public async Task ASharedOwnContactCarriesThePhoneNumber()
    {
        await _host.PostAsync(TelegramUpdates.Contact(6101, "6281234567890"));

        var row = await _host.Factory.QueryAsync(db => db.Inbox.SingleAsync());
        Assert.Equal("+6281234567890", MessageJson.Deserialize<Bot.Dialogs.Model.Inbound>(row.Payload).Sender?.Phone);
    }

    [Fact]
    public async Task AnUpdateIsAcknowledgedEvenWhileSendingFails()
    {
        // The Bot API double refuses every send: the 200 depends only on storing the update.
        _host.Api.Fail(new Infrastructure.BotApiFailure { Method = "sendMessage", ErrorCode = 502, Description = "Bad Gateway" });

        var response = await _host.PostAsync(TelegramUpdates.Text(6201, "halo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync(m => m.ExternalId == "6201")));
    }
}
