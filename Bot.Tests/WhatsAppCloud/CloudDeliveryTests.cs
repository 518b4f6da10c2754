using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Channels.WhatsAppCloud;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Bot.Tests.Infrastructure;
using Bot.Tests.WhatsApp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Bot.Tests.WhatsAppCloud;

public sealed class CloudDeliveryTests : IAsyncLifetime
{
    private const string StaffChat = "-1001234567890";

    private readonly SmallPdfStore _documents = new();
    private CloudHarness _wa = null!;

    public async Task InitializeAsync()
    {
        _wa = await CloudHarness.StartAsync(new Dictionary<string, string?> { ["Telegram:StaffChatId"] = StaffChat }, _documents);

        // The user writes first, as on WhatsApp: that opens the 24-hour window.
        await _wa.SayAsync("halo");
        await _wa.Graph.WaitForCallsAsync(1);
        await _wa.Factory.DrainAsync();
    }

    public async Task DisposeAsync() => await _wa.DisposeAsync();

    [Fact]
    public async Task TheMenuComesBackAsAnInteractiveMessageWithTheBearerToken()
    {
        var first = _wa.Graph.Calls[0];

        Assert.True(first.Authorized);
        Assert.Equal("interactive", first.Type);
        Assert.Equal(CloudHarness.UserPhone.TrimStart('+'), (string?)first.Body["to"]);
        Assert.NotNull(first.Wamid);
    }

    [Fact]
    public async Task ChoicesGoAsButtonsOrAListByCount()
    {
        var three = await _wa.EnqueueAsync(new Outbound("Lanjut?") { Choices = [new("y", "Ya"), new("n", "Tidak"), new("m", "Menu")] });
        await _wa.WaitForOutboxAsync(three, m => m.Status == OutboxStatus.Sent);
        var five = await _wa.EnqueueAsync(new Outbound("Pilih topik:") { Choices = Enumerable.Range(1, 5).Select(i => new ChoiceOption($"t{i}", $"Topik {i}")).ToList() });
        await _wa.WaitForOutboxAsync(five, m => m.Status == OutboxStatus.Sent);

        var calls = _wa.Graph.Calls.TakeLast(2).ToList();
        Assert.Equal("button", (string?)calls[0].Body["interactive"]!["type"]);
        Assert.Equal("list", (string?)calls[1].Body["interactive"]!["type"]);
        Assert.All(calls, c => Assert.NotNull(c.Wamid));
    }

    [Fact]
    public async Task ADocumentIsUploadedAndSentByIdWithItsFileNameAndCaption()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Ini publikasi yang Anda minta.") { Document = new DocumentRef(SmallPdfStore.KnownDelivery, "statistik-daerah-tarakan-2025.pdf", 40_000, DocumentMode.Read) });
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);

        var upload = Assert.Single(_wa.Graph.Uploads);
        Assert.Equal("statistik-daerah-tarakan-2025.pdf", upload.FileName);
        Assert.Equal("application/pdf", upload.Type);
        using (var pdf = PdfDocument.Open(upload.Bytes))
        {
            Assert.Contains("Statistik Daerah Kota Tarakan", pdf.GetPage(1).Text);
        }

        var call = _wa.Graph.Calls[^1];
        Assert.Equal("document", call.Type);
        Assert.Equal(upload.Id, (string?)call.Body["document"]!["id"]);
        Assert.Equal("statistik-daerah-tarakan-2025.pdf", (string?)call.Body["document"]!["filename"]);
        Assert.Equal("Ini publikasi yang Anda minta.", (string?)call.Body["document"]!["caption"]);
    }

    [Fact]
    public async Task AReplyAfterTheWindowClosedIsHeldBehindTheTemplateAndDeliveredWhenTheUserWrites()
    {
        var before = _wa.Graph.Calls.Count;
        _wa.Factory.Clock.Advance(TimeSpan.FromHours(25));

        var first = await _wa.EnqueueAsync(new Outbound("Jawaban petugas: laporan Anda sudah kami tindak lanjuti."));
        await _wa.WaitForOutboxAsync(first, m => m.Status == OutboxStatus.Held);
        var second = await _wa.EnqueueAsync(new Outbound("Terima kasih atas kesabaran Anda."));
        await _wa.WaitForOutboxAsync(second, m => m.Status == OutboxStatus.Held);

        var template = Assert.Single(_wa.Graph.Calls.Skip(before));
        Assert.Equal("template", template.Type);
        Assert.Equal(CloudHarness.TemplateName, (string?)template.Body["template"]!["name"]);
        Assert.Equal("id", (string?)template.Body["template"]!["language"]!["code"]);
        Assert.Equal("Budi", (string?)template.Body["template"]!["components"]![0]!["parameters"]![0]!["text"]);

        await _wa.SayAsync("ok");
        await _wa.WaitForOutboxAsync(second, m => m.Status == OutboxStatus.Sent);
        var texts = _wa.Graph.Calls.Skip(before + 1).Where(c => c.Type == "text").Select(c => (string?)c.Body["text"]!["body"]).ToList();

        Assert.Equal("Jawaban petugas: laporan Anda sudah kami tindak lanjuti.", texts[0]);
        Assert.Equal("Terima kasih atas kesabaran Anda.", texts[1]);
    }

    [Fact]
    public async Task Error131047HoldsTheReplyAndSendsTheTemplate()
    {
        _wa.Graph.FailNext(new GraphFailure(131047, "Re-engagement message"));

        var id = await _wa.EnqueueAsync(new Outbound("Jawaban petugas."));
        var row = await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Held);

        Assert.Contains("131047", row.Error);
        Assert.Equal("template", _wa.Graph.Calls[^1].Type);
    }

    [Fact]
    public async Task Error131026FailsTheReplyAndTellsStaffAboutAnOpenTicket()
    {
        await AddOpenTicketAsync("T-0001");
        _wa.Graph.FailNext(new GraphFailure(131026, "Message undeliverable"));

        var id = await _wa.EnqueueAsync(new Outbound("Jawaban petugas untuk tiket Anda."));
        var row = await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Failed);

        Assert.Contains("131026", row.Error);
        var notice = await _wa.Factory.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Channel == ChannelNames.Staff));
        Assert.Equal(StaffChat, notice.Recipient);
        Assert.Contains("T-0001", MessageJson.Deserialize<Outbound>(notice.Payload).Text);
    }

    [Fact]
    public async Task AFailedStatus131026FromTheWebhookDoesTheSameAndReadStatusesAreKept()
    {
        await AddOpenTicketAsync("T-0002");
        var id = await _wa.EnqueueAsync(new Outbound("Balasan."));
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        var wamid = _wa.Graph.Calls[^1].Wamid!;

        await _wa.PostAsync(CloudHarness.StatusEnvelope(wamid, "delivered"));
        await _wa.PostAsync(CloudHarness.StatusEnvelope(wamid, "read"));
        await _wa.PostAsync(CloudHarness.StatusEnvelope(wamid, "sent"));
        var read = await _wa.Factory.QueryAsync(db => db.Set<WhatsAppDelivery>().AsNoTracking().SingleAsync(d => d.OutboxId == id));
        Assert.Equal("read", read.Status);

        await _wa.PostAsync(CloudHarness.StatusEnvelope(wamid, "failed", 131026));
        var row = await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Failed);
        Assert.Contains("131026", row.Error);
        Assert.Equal(131026, (await _wa.Factory.QueryAsync(db => db.Set<WhatsAppDelivery>().AsNoTracking().SingleAsync(d => d.OutboxId == id))).ErrorCode);
        Assert.True(await _wa.Factory.QueryAsync(db => db.Outbox.AnyAsync(m => m.Channel == ChannelNames.Staff)));
    }

    [Theory]
    [InlineData(130429)]
    [InlineData(131056)]
    public async Task ARateLimitSetsTheReplyAsideWithoutCountingAnAttempt(int code)
    {
        _wa.Graph.FailNext(new GraphFailure(code, "Rate limit hit"));

        var id = await _wa.EnqueueAsync(new Outbound("Jawaban."));
        await WaitUntil.TrueAsync(() => _wa.Graph.Calls.Any(c => c.Wamid is null), "the refused Graph call");

        var queued = await _wa.Factory.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

        // 130429 (the number's throughput) pauses every WhatsApp send; 131056 (this one user)
        // sets aside only this conversation, so the channel's pace stays free for others.
        var channelPause = _wa.Factory.Services.GetRequiredService<CloudSender>().NotBefore(queued);
        Assert.Equal(code == CloudSender.RateLimitHit, channelPause is not null);
        Assert.Equal(0, queued.Attempts);

        var row = await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent, between: () =>
        {
            _wa.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
            return Task.CompletedTask;
        });

        Assert.Equal(1, row.Attempts);
        var tries = _wa.Graph.Calls.Where(c => c.Type == "text" && (string?)c.Body["text"]!["body"] == "Jawaban.").ToList();
        Assert.Equal(2, tries.Count);
        Assert.Null(tries[0].Wamid);
        Assert.NotNull(tries[1].Wamid);
    }

    [Fact]
    public async Task AnExpiredTokenIsLoggedNamingTheSettingAndTheReplyWaits()
    {
        _wa.Graph.FailNext(new GraphFailure(190, "Error validating access token: Session has expired.", 401));

        var id = await _wa.EnqueueAsync(new Outbound("Jawaban."));
        var row = await _wa.WaitForOutboxAsync(id, m => m.Attempts > 0);

        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Contains("MetaWhatsApp:AccessToken", row.Error);
    }

    private async Task AddOpenTicketAsync(string number)
    {
        await using var scope = _wa.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        db.Set<Ticket>().Add(new Ticket
        {
            Number = number,
            Category = "konsultasi",
            Description = "Pertanyaan data inflasi",
            ConversationId = _wa.ConversationId,
            Channel = ChannelNames.WhatsApp,
            Status = TicketStatus.Open,
            CreatedAt = _wa.Factory.Clock.GetUtcNow(),
            EscalateDueAt = _wa.Factory.Clock.GetUtcNow().AddHours(1),
        });
        await db.SaveChangesAsync();
    }
}
