using Bot.Dialogs.Model;
using Bot.Host.Documents;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Bot.Tests.Telegram;

public sealed class TelegramDeliveryTests : IAsyncLifetime
{
    private const string Chat = "555000111";
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TelegramTestHost.StartAsync(
            new Dictionary<string, string?> { ["Worker:MaxSendAttempts"] = "3" },
            services => services.AddSingleton<IDocumentStore, TestPdfStore>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TextIsEscapedForHtml()
    {
        await _host.EnqueueReplyAsync(new Outbound("Tabel <A> & B: 5 > 3"));

        var call = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat))[0];
        Assert.True(call.Succeeded, call.ToString());
        Assert.Equal("Tabel &lt;A&gt; &amp; B: 5 &gt; 3", call.Text);
        Assert.Equal("Tabel <A> & B: 5 > 3", call.PlainText);
    }

    [Fact]
    public async Task ATenThousandCharacterReplyIsSplitAtLineBreaksWithTheButtonsOnTheLastPart()
    {
        var lines = Enumerable.Range(1, 200).Select(i => $"{i:000}. Publikasi statistik Kota Tarakan tahun {2000 + (i % 25)} <edisi>").ToList();
        var text = string.Join('\n', lines);
        while (text.Length < 10_000)
        {
            text += "\nTambahan baris";
        }

        var id = await _host.EnqueueReplyAsync(new Outbound(text) { Choices = [new ChoiceOption("p:1", "Baca"), new ChoiceOption("p:2", "Unduh")] });

        await _host.AdvanceUntilAsync(() => _host.Api.CallsTo("sendMessage", Chat).Count >= 3, TimeSpan.FromSeconds(1));
        var parts = _host.Api.CallsTo("sendMessage", Chat);
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Succeeded && p.PlainText!.Length <= 4096, p.ToString()));
        Assert.All(parts.SkipLast(1), p => Assert.Empty(p.InlineButtons));
        Assert.Equal(["1. Baca", "2. Unduh"], parts[^1].InlineButtons.Select(b => b.Text));
        Assert.Equal(text, string.Join('\n', parts.Select(p => p.PlainText)));
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith("<edisi>", p.PlainText));
        var row = await _host.WaitForOutboxAsync(id, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(parts[0].MessageId.ToString(), row.ExternalId);
    }

    [Fact]
    public async Task TooManyRequestsWaitsTheRetryAfterThenSends()
    {
        _host.Api.RespondTooManyRequests("sendMessage", retryAfterSeconds: 3, chatId: Chat);

        var id = await _host.EnqueueReplyAsync(new Outbound("Halo"));

        var refused = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat))[0];
        Assert.Equal(429, refused.StatusCode);
        await _host.AdvanceUntilAsync(() => _host.Api.CallsTo("sendMessage", Chat).Any(c => c.Succeeded));
        var sent = _host.Api.CallsTo("sendMessage", Chat).Single(c => c.Succeeded);
        Assert.True(sent.At - refused.At >= TimeSpan.FromSeconds(3), $"retried after {sent.At - refused.At}");
        var row = await _host.WaitForOutboxAsync(id, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(sent.MessageId.ToString(), row.ExternalId);
    }

    [Fact]
    public async Task APartAlreadySentIsNotSentAgainAfterATooManyRequests()
    {
        var text = new string('a', 4000) + "\n" + new string('b', 4000);

        await _host.EnqueueReplyAsync(new Outbound(text));
        await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat);

        // The second part waits for the chat's next slot on the fake clock, so this rule catches it.
        _host.Api.RespondTooManyRequests("sendMessage", retryAfterSeconds: 2, chatId: Chat);
        await _host.AdvanceUntilAsync(() => _host.Api.CallsTo("sendMessage", Chat).Count(c => c.Succeeded) >= 2, TimeSpan.FromSeconds(1));
        var calls = _host.Api.CallsTo("sendMessage", Chat);
        Assert.Equal([(200, 'a'), (429, 'b'), (200, 'b')], calls.Select(c => (c.StatusCode, c.Text![0])));
    }

    [Fact]
    public async Task ABlockedUserIsRecordedAndNotSentToAgainUntilTheyWrite()
    {
        _host.Api.BlockChat(Chat);

        var first = await _host.EnqueueReplyAsync(new Outbound("Halo"));
        var failed = await _host.WaitForOutboxAsync(first, r => r.Status != OutboxStatus.Pending);
        var second = await _host.EnqueueReplyAsync(new Outbound("Halo lagi"));
        var skipped = await _host.WaitForOutboxAsync(second, r => r.Status != OutboxStatus.Pending);

        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Contains("403", failed.Error);
        Assert.Equal(OutboxStatus.Failed, skipped.Status);
        Assert.Single(_host.Api.CallsTo("sendMessage", Chat));
        Assert.True(await _host.Factory.QueryAsync(db => db.Conversations.Where(c => c.Id == "telegram:" + Chat).Select(c => c.Blocked).SingleAsync()));

        await _host.PostAsync(TelegramUpdates.Text(7001, "halo"));
        Assert.False(await _host.Factory.QueryAsync(db => db.Conversations.Where(c => c.Id == "telegram:" + Chat).Select(c => c.Blocked).SingleAsync()));
    }

    [Fact]
    public async Task OtherErrorsAreRetriedWithBackoffThenTheRowFailsWithTheReason()
    {
        _host.Api.Fail(new BotApiFailure { Method = "sendMessage", ErrorCode = 500, Description = "Internal Server Error: restart" });

        var id = await _host.EnqueueReplyAsync(new Outbound("Halo"));

        await _host.AdvanceUntilAsync(() => _host.Api.CallsTo("sendMessage", Chat).Count >= 3, TimeSpan.FromSeconds(1));
        var row = await _host.WaitForOutboxAsync(id, r => r.Status != OutboxStatus.Pending);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(3, row.Attempts);
        Assert.Contains("Internal Server Error: restart", row.Error);
        var calls = _host.Api.CallsTo("sendMessage", Chat);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(1), "first backoff");
        Assert.True(calls[2].At - calls[1].At >= TimeSpan.FromSeconds(2), "second backoff");
    }

    [Fact]
    public async Task ADocumentIsUploadedAsARealPdfAfterTheUploadAction()
    {
        var id = await _host.EnqueueReplyAsync(new Outbound("Ini publikasi yang Anda minta.")
        {
            Document = new DocumentRef("delivery-1", "statistik.pdf", TestPdfStore.Pdf.Length, DocumentMode.Download),
        });

        var upload = (await _host.Api.WaitForCallsAsync("sendDocument", chatId: Chat))[0];
        var action = Assert.Single(_host.Api.CallsTo("sendChatAction", Chat));
        Assert.Equal("upload_document", action.Get("action"));
        Assert.True(action.At <= upload.At);
        Assert.True(upload.Succeeded, upload.ToString());
        Assert.Equal("statistik-tarakan-2025.pdf", upload.File?.FileName);
        Assert.Equal("Ini publikasi yang Anda minta.", upload.PlainText);
        using var pdf = PdfDocument.Open(upload.File!.Content);
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Equal(upload.MessageId.ToString(), (await _host.WaitForOutboxAsync(id, r => r.Status == OutboxStatus.Sent)).ExternalId);
    }

    [Fact]
    public async Task ADocumentThatCannotBeProducedBecomesAnApology()
    {
        await _host.EnqueueReplyAsync(new Outbound("")
        {
            Document = new DocumentRef(TestPdfStore.FailingDelivery, "statistik.pdf", 1000, DocumentMode.Download),
        });

        var apology = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat))[0];
        Assert.Contains("Maaf", apology.PlainText);
        Assert.Contains("statistik.pdf", apology.PlainText);
        Assert.Empty(_host.Api.CallsTo("sendDocument"));
    }

    [Fact]
    public async Task ADocumentOverFiftyMegabytesIsNotUploaded()
    {
        await _host.EnqueueReplyAsync(new Outbound("")
        {
            Document = new DocumentRef("delivery-2", "sensus-lengkap.pdf", 60L * 1024 * 1024, DocumentMode.Download),
        });

        var message = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat))[0];
        Assert.Contains("sensus-lengkap.pdf", message.PlainText);
        Assert.Contains("terlalu besar", message.PlainText);
        Assert.Empty(_host.Api.CallsTo("sendDocument"));
    }

    [Fact]
    public async Task AskingForThePhoneShowsAOneTimeShareContactKeyboard()
    {
        await _host.EnqueueReplyAsync(new Outbound("Boleh kirim nomor HP Anda?") { RequestPhone = true });

        var call = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat))[0];
        var button = call.ReplyMarkup?["keyboard"]?[0]?[0];
        Assert.Equal(true, (bool?)button?["request_contact"]);
        Assert.Equal(true, (bool?)call.ReplyMarkup?["one_time_keyboard"]);
    }

    [Fact]
    public async Task AChoiceIdTooLongForCallbackDataTravelsAsItsNumber()
    {
        var longId = "search:" + new string('x', 80);
        await _host.EnqueueReplyAsync(new Outbound("Pilih") { Choices = [new ChoiceOption("a", "Satu"), new ChoiceOption(longId, "Dua")] });

        var call = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: Chat))[0];
        Assert.True(call.Succeeded, call.ToString());
        Assert.Equal(["a", "#2"], call.InlineButtons.Select(b => b.CallbackData));

        await _host.PostAsync(TelegramUpdates.Callback(7101, "#2"));
        var row = await _host.Factory.QueryAsync(db => db.Inbox.SingleAsync(m => m.ExternalId == "7101"));
        var inbound = Bot.Host.Messaging.MessageJson.Deserialize<Inbound>(row.Payload);
        Assert.Equal("2", inbound.Text);
        Assert.Null(inbound.ChoiceId);
    }

    [Fact]
    public async Task StaffPostsGoToTheStaffGroupAndKeepTheirMessageId()
    {
        var id = await _host.EnqueueReplyAsync(
            new Outbound("Tiket #12: pengaduan baru") { Choices = [new ChoiceOption("t:12:take", "Ambil")] },
            TelegramUpdates.StaffChatId,
            Bot.Host.Messaging.ChannelNames.Staff);

        var call = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: "-1001234567890"))[0];
        Assert.Equal("t:12:take", call.InlineButtons.Single().CallbackData);
        var row = await _host.WaitForOutboxAsync(id, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(call.MessageId.ToString(), row.ExternalId);
    }
}
