using System.Net;
using System.Text.Json;
using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Documents;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Bot.Tests.WhatsApp;

public sealed class WhatsAppDeliveryTests : IAsyncLifetime
{
    private readonly SmallPdfStore _documents = new();
    private WhatsAppHarness _wa = null!;

    public async Task InitializeAsync()
    {
        _wa = await WhatsAppHarness.StartAsync(documents: _documents);

        // The user writes first, as on WhatsApp: that opens the 24-hour window.
        await _wa.SayAsync("halo");
        await _wa.Twilio.WaitForCallsAsync(1);
    }

    public async Task DisposeAsync() => await _wa.DisposeAsync();

    [Fact]
    public async Task ALongTextIsSplitIntoPartsOfAtMost1600CharactersInOrder()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => $"Paragraf {i}: " + string.Join(' ', Enumerable.Repeat("publikasi statistik daerah", 6)));
        var text = string.Join("\n\n", paragraphs);

        var id = await _wa.EnqueueAsync(new Outbound(text));
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);

        var parts = _wa.Twilio.Calls.Skip(1).ToList();
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Body!.Length, 1, WhatsAppRenderer.MaxBodyLength));
        Assert.Equal(Normalize(text), Normalize(string.Join("\n\n", parts.Select(p => p.Body))));
        Assert.StartsWith("Paragraf 1:", parts[0].Body);
        Assert.Equal(parts.Count, await _wa.Factory.QueryAsync(db => db.Set<WhatsAppDelivery>().CountAsync(d => d.OutboxId == id)));
    }

    [Fact]
    public async Task ADocumentGoesAsASignedMediaUrlThatServesThePdf()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Ini publikasi yang Anda minta.") { Document = new DocumentRef(SmallPdfStore.KnownDelivery, "statistik.pdf", 40_000, DocumentMode.Read) });
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);

        var call = _wa.Twilio.Calls[^1];
        var mediaUrl = Assert.Single(call.MediaUrls);
        Assert.StartsWith(WhatsAppHarness.PublicBaseUrl + "/media/", mediaUrl);
        Assert.Equal("Ini publikasi yang Anda minta.", call.Body);

        // Fetch it as Twilio would.
        var response = await _wa.Client.GetAsync(new Uri(mediaUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Contains("Statistik Daerah Kota Tarakan", pdf.GetPage(1).Text);
    }

    [Fact]
    public async Task AMediaLinkExpiresAfterFifteenMinutes()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Dokumen") { Document = new DocumentRef(SmallPdfStore.KnownDelivery, "statistik.pdf", 40_000, DocumentMode.Download) });
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        var path = new Uri(_wa.Twilio.Calls[^1].MediaUrls[0]).PathAndQuery;

        _wa.Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var response = await _wa.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAlteredMediaTokenIsRefused()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Dokumen") { Document = new DocumentRef(SmallPdfStore.KnownDelivery, "statistik.pdf", 40_000, DocumentMode.Download) });
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        var path = new Uri(_wa.Twilio.Calls[^1].MediaUrls[0]).AbsolutePath;
        var last = path[^1];
        var altered = path[..^1] + (last == 'A' ? 'B' : 'A');

        var tampered = await _wa.Client.GetAsync(altered);
        var pathLike = await _wa.Client.GetAsync("/media/..%2F..%2Fkeys%2Fpersonal-data.key");

        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pathLike.StatusCode);
        Assert.Empty(_documents.Opened);
    }

    [Fact]
    public async Task ADocumentOver16MegabytesGoesAsADownloadLinkInTheText()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Ini publikasinya.") { Document = new DocumentRef(SmallPdfStore.KnownDelivery, "sensus.pdf", 20L * 1024 * 1024, DocumentMode.Download) });
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);

        var call = _wa.Twilio.Calls[^1];
        Assert.Empty(call.MediaUrls);
        Assert.Contains("sensus.pdf", call.Body);
        var link = call.Body!.Split('\n')[^1];
        Assert.StartsWith(WhatsAppHarness.PublicBaseUrl + "/download/", link);

        // A link opens only for a delivery on record (its expiry and opens are counted there).
        await _wa.Factory.QueryAsync(db =>
        {
            db.Set<DeliveryRecord>().Add(new DeliveryRecord
            {
                Id = SmallPdfStore.KnownDelivery,
                UserId = "user-1",
                PublicationId = "sensus",
                PublicationTitle = "Sensus",
                FileName = "sensus.pdf",
                Channel = "whatsapp",
                CreatedAt = _wa.Factory.Clock.GetUtcNow(),
            });
            return db.SaveChangesAsync();
        });
        var response = await _wa.Client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AReplyAfterTheWindowClosedIsHeldBehindTheTemplateAndDeliveredWhenTheUserWrites()
    {
        _wa.Factory.Clock.Advance(TimeSpan.FromHours(25));

        var first = await _wa.EnqueueAsync(new Outbound("Jawaban petugas: laporan Anda sudah kami tindak lanjuti."));
        await _wa.WaitForOutboxAsync(first, m => m.Status == OutboxStatus.Held);
        var second = await _wa.EnqueueAsync(new Outbound("Terima kasih atas kesabaran Anda."));
        await _wa.WaitForOutboxAsync(second, m => m.Status == OutboxStatus.Held);

        var template = Assert.Single(_wa.Twilio.Calls.Skip(1));
        Assert.Equal(WhatsAppHarness.TemplateSid, template.ContentSid);
        Assert.Null(template.Body);
        Assert.Equal("Budi", JsonDocument.Parse(template.ContentVariables!).RootElement.GetProperty("1").GetString());
        Assert.Equal("whatsapp:" + WhatsAppHarness.UserPhone, template.To);

        await _wa.SayAsync("ok");
        await _wa.WaitForOutboxAsync(second, m => m.Status == OutboxStatus.Sent);
        var after = _wa.Twilio.Calls.Skip(2).Select(c => c.Body).ToList();

        Assert.Equal("Jawaban petugas: laporan Anda sudah kami tindak lanjuti.", after[0]);
        Assert.Equal("Terima kasih atas kesabaran Anda.", after[1]);
    }

    [Fact]
    public async Task Error63016FromTwilioHoldsTheReplyLikeAClosedWindow()
    {
        _wa.Twilio.FailNext(new Infrastructure.TwilioApiDoubleFailure(400, 63016, "Failed to send freeform message because you are outside the allowed window."));

        var id = await _wa.EnqueueAsync(new Outbound("Jawaban petugas."));
        var held = await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Held);

        Assert.Contains("63016", held.Error);
        Assert.Equal(WhatsAppHarness.TemplateSid, _wa.Twilio.Calls[^1].ContentSid);

        await _wa.SayAsync("halo lagi");
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        Assert.Contains(_wa.Twilio.Calls, c => c.Body == "Jawaban petugas." && c.Sid is not null);
    }

    [Fact]
    public async Task ATooManyRequestsAnswerSetsTheReplyAsideUntilTheRetryAfterWithoutCountingAnAttempt()
    {
        _wa.Twilio.FailNext(new Infrastructure.TwilioApiDoubleFailure(429, 20429, "Too Many Requests", RetryAfterSeconds: 30));
        var before = _wa.Twilio.Calls.Count;

        var id = await _wa.EnqueueAsync(new Outbound("Coba lagi nanti."));
        await _wa.Twilio.WaitForCallsAsync(before + 1);
        var refusedAt = _wa.Factory.Clock.GetUtcNow();

        // One second at a time: the reply must not go before Retry-After has passed on the clock.
        while (_wa.Factory.Clock.GetUtcNow() - refusedAt < TimeSpan.FromSeconds(120))
        {
            var row = await _wa.Factory.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));
            if (row.Status != OutboxStatus.Pending || _wa.Twilio.Calls.Count(c => c.Body == "Coba lagi nanti.") > 1)
            {
                break;
            }

            Assert.Equal(0, row.Attempts);
            _wa.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }

        var sent = await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        Assert.True(_wa.Factory.Clock.GetUtcNow() - refusedAt >= TimeSpan.FromSeconds(30));
        Assert.Equal(1, sent.Attempts);
        Assert.Equal(2, _wa.Twilio.Calls.Count(c => c.Body == "Coba lagi nanti."));
    }

    [Fact]
    public async Task AServerErrorIsRetriedWithBackoff()
    {
        _wa.Twilio.FailNext(new Infrastructure.TwilioApiDoubleFailure(503, 20503, "Service Unavailable"));

        var id = await _wa.EnqueueAsync(new Outbound("Halo."));
        var waiting = await _wa.WaitForOutboxAsync(id, m => m.Attempts == 1);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);

        _wa.Factory.Clock.Advance(TimeSpan.FromSeconds(2));
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
    }

    [Fact]
    public async Task AClientErrorIsRecordedAsFailedWithTwiliosReason()
    {
        _wa.Twilio.FailNext(new Infrastructure.TwilioApiDoubleFailure(400, 21211, "Invalid 'To' Phone Number"));

        var id = await _wa.EnqueueAsync(new Outbound("Halo."));
        var failed = await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Failed);

        Assert.Equal("Twilio 21211: Invalid 'To' Phone Number", failed.Error);
        Assert.Equal(1, failed.Attempts);
    }

    [Fact]
    public async Task APartSentBeforeAFailureIsNotSentAgainOnRetry()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 3).Select(i => $"Bagian {i} " + new string('x', 1200)));
        _wa.Twilio.PassNext();
        _wa.Twilio.FailNext(new Infrastructure.TwilioApiDoubleFailure(503, 20503, "Service Unavailable"));

        var id = await _wa.EnqueueAsync(new Outbound(text));
        var waiting = await _wa.WaitForOutboxAsync(id, m => m.Attempts == 1);
        _wa.Factory.Clock.Advance(TimeSpan.FromSeconds(2));
        var sent = await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);

        var calls = _wa.Twilio.Calls.Skip(1).ToList();
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(["Bagian 1", "Bagian 2", "Bagian 2", "Bagian 3"], calls.Select(c => c.Body![..8]));
        Assert.Null(calls[1].Sid);
        Assert.Equal(calls[0].Sid, sent.ExternalId);
    }

    [Fact]
    public async Task AFailedStatusCallbackRecordsTwiliosErrorCode()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Halo."));
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        var sid = _wa.Twilio.Calls[^1].Sid!;

        var sent = await _wa.PostStatusAsync(sid, "sent");
        var failed = await _wa.PostStatusAsync(sid, "undelivered", "30008");

        Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, failed.StatusCode);
        var row = await _wa.Factory.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.StartsWith("Twilio 30008", row.Error);
        var delivery = await _wa.Factory.QueryAsync(db => db.Set<WhatsAppDelivery>().SingleAsync(d => d.MessageSid == sid));
        Assert.Equal(("undelivered", 30008), (delivery.Status, delivery.ErrorCode));
    }

    [Fact]
    public async Task DeliveredAndReadCallbacksAreKeptAndALateSentDoesNotGoBack()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Halo."));
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        var sid = _wa.Twilio.Calls[^1].Sid!;

        await _wa.PostStatusAsync(sid, "read");
        await _wa.PostStatusAsync(sid, "sent");

        var delivery = await _wa.Factory.QueryAsync(db => db.Set<WhatsAppDelivery>().SingleAsync(d => d.MessageSid == sid));
        Assert.Equal("read", delivery.Status);
        Assert.Equal(OutboxStatus.Sent, (await _wa.Factory.QueryAsync(db => db.Outbox.SingleAsync(m => m.Id == id))).Status);
    }

    [Fact]
    public async Task AStatusCallback63016HoldsTheReplyAndSendsTheTemplate()
    {
        var id = await _wa.EnqueueAsync(new Outbound("Jawaban petugas."));
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        var sid = _wa.Twilio.Calls[^1].Sid!;
        _wa.Factory.Clock.Advance(TimeSpan.FromMinutes(1));

        await _wa.PostStatusAsync(sid, "failed", "63016");
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Held);

        Assert.Equal(WhatsAppHarness.TemplateSid, _wa.Twilio.Calls[^1].ContentSid);

        _wa.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await _wa.SayAsync("ya");
        await _wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);
        Assert.Equal(2, _wa.Twilio.Calls.Count(c => c.Body == "Jawaban petugas." && c.Sid is not null));
    }

    [Fact]
    public async Task AnUnsignedStatusCallbackIsRefused()
    {
        var response = await _wa.Client.PostAsync("/webhooks/whatsapp/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["MessageSid"] = WhatsAppHarness.NewMessageSid(),
            ["MessageStatus"] = "failed",
            ["ErrorCode"] = "30008",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
