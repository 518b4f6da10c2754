using System.Net;
using Bot.Host.Documents;
using Bot.Host.Messaging;
using Bot.Tests.Infrastructure;
using Bot.Tests.Pdf;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit.Abstractions;

namespace Bot.Tests.Documents;

public class DownloadFlowTests : IDisposable
{
    private readonly ITestOutputHelper _log;
    private readonly BotFactory _factory;

    public DownloadFlowTests(ITestOutputHelper log)
        : this(log, TestStore.Sqlite)
    {
    }

    /// <param name="store">The store of this run (<see cref="DownloadFlowOnPostgresTests"/> runs on PostgreSQL).</param>
    protected DownloadFlowTests(ITestOutputHelper log, TestStore store)
    {
        _log = log;
        Store = store;
        _factory = new TestHostBuilder(store).Build();
    }

    /// <summary>The store of this run, for a test that makes a host of its own.</summary>
    protected TestStore Store { get; }

    [StoreFact]
    public async Task ANewUserWhoChoosesDownloadRegistersSignsTheGuestBookAndThenGetsTheStampedPdf()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        var detail = await visitor.OpenFirstResultAsync("statistik daerah tarakan 2024");
        Assert.Contains("Statistik Daerah Kota Tarakan 2024", detail.AllText());

        var toRegister = await visitor.Chat.ChooseAsync(detail, "Unduh");
        Assert.Contains("perlu terdaftar", toRegister.AllText());
        visitor.Registrant.Last = toRegister;
        await visitor.Registrant.ContinueFromConsentAsync();
        await visitor.Registrant.VerifyAsync();
        var guestBook = await visitor.Registrant.FinishAsync();
        Assert.Contains("buku tamu", guestBook.AllText());
        var delivered = await visitor.SignGuestBookAsync(guestBook);

        var document = Assert.Single(delivered, r => r.Document is not null).Document!;
        Assert.EndsWith(".pdf", document.FileName);
        var record = await _factory.QueryAsync(db => db.Set<DeliveryRecord>().SingleAsync());
        Assert.Equal("statistik-daerah-kota-tarakan-2024", record.PublicationId);
        Assert.Contains(record.Id, delivered.AllText());
        Assert.Equal("webchat", record.Channel);
        Assert.Contains(delivered[^1].Choices, c => c.Label == "Sangat puas");

        var pdf = await visitor.FetchAsync(document.Url);
        AssertStampedOnEveryPage(pdf, visitor.Registrant.Name, record.Id);
        CheckWithPopplerAndQpdf(pdf, record.Id);
    }

    [StoreFact]
    public async Task ARegisteredUserWhoSignedTheGuestBookTodayDownloadsWithoutADetour()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        await visitor.Registrant.RegisterAsync();
        var first = await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("inflasi tarakan"), "Unduh");
        await visitor.SignGuestBookAsync(first);

        var second = await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("kemiskinan"), "Unduh");

        Assert.DoesNotContain("buku tamu", second.AllText());
        Assert.Contains(second, r => r.Document is not null);
    }

    [StoreFact]
    public async Task ReadGivesAnInlineLinkAndTheAbstractInTheChat()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        await visitor.Registrant.RegisterAsync();
        var asked = await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("indeks pembangunan manusia"), "Baca");
        var read = (await visitor.SignGuestBookAsync(asked)).AllText();

        Assert.Contains("Ringkasan:", read);
        var url = read.Split('\n').Single(l => l.StartsWith("http://localhost:5080/read/", StringComparison.Ordinal));
        var response = await visitor.Http.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        var record = await _factory.QueryAsync(db => db.Set<DeliveryRecord>().SingleAsync());
        Assert.Equal(Bot.Dialogs.Model.DocumentMode.Read, record.Mode);
        AssertStampedOnEveryPage(await response.Content.ReadAsByteArrayAsync(), visitor.Registrant.Name, record.Id);
    }

    [StoreFact]
    public async Task AnAlteredLinkIs403AndAnExpiredOneIs410()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        await visitor.Registrant.RegisterAsync();
        var asked = await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("inflasi"), "Unduh");
        var url = Assert.Single(await visitor.SignGuestBookAsync(asked), r => r.Document is not null).Document!.Url;
        var token = url[(url.LastIndexOf('/') + 1)..];
        var altered = url[..^3] + (url[^3] == 'A' ? "B" : "A") + url[^2..];
        var otherPurpose = "/read/" + token;

        var alteredResponse = await visitor.Http.GetAsync(altered);
        var purposeResponse = await visitor.Http.GetAsync(otherPurpose);
        _factory.Clock.Advance(TimeSpan.FromMinutes(61));
        var expiredResponse = await visitor.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, alteredResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, purposeResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expiredResponse.StatusCode);
        Assert.Contains("kedaluwarsa", await expiredResponse.Content.ReadAsStringAsync());
    }

    [StoreFact]
    public async Task TheDailyQuotaStopsTheNextCopyWithAClearMessageAndResetsTheNextDay()
    {
        using var factory = new TestHostBuilder(Store).With("Documents:DailyQuota", "2").Build();
        var visitor = await LibraryVisitor.StartAsync(factory);
        await visitor.Registrant.RegisterAsync();
        await visitor.SignGuestBookAsync(await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("inflasi"), "Unduh"));
        await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("kemiskinan"), "Unduh");

        var refused = await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("penduduk"), "Unduh");

        Assert.Contains("batas 2 publikasi per hari", refused.AllText());
        Assert.DoesNotContain(refused, r => r.Document is not null);
        Assert.Equal(2, await factory.QueryAsync(db => db.Set<DeliveryRecord>().CountAsync()));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("penduduk"), "Unduh");
        var delivered = await visitor.SignGuestBookAsync(nextDay);
        Assert.Contains(delivered, r => r.Document is not null);
    }

    [StoreFact]
    public async Task ABrokenSourcePdfGivesThePoliteApologyAndTellsStaff()
    {
        using var factory = new TestHostBuilder(Store).With("Staff:Emails", "pst6571@example.go.id").With("Telegram:StaffChatId", "-100123").Build();
        var visitor = await LibraryVisitor.StartAsync(factory);
        await visitor.Registrant.RegisterAsync();
        var detail = await visitor.OpenFirstResultAsync("statistik daerah tarakan 2024");
        var source = Path.Combine(factory.DataDir, "catalog", "files", "statistik-daerah-kota-tarakan-2024.pdf");
        var bytes = await File.ReadAllBytesAsync(source);
        await File.WriteAllBytesAsync(source, bytes[..(bytes.Length / 3)]);

        var asked = await visitor.Chat.ChooseAsync(detail, "Unduh");
        var reply = (await visitor.SignGuestBookAsync(asked)).AllText();

        Assert.Contains("berkas publikasi ini sedang bermasalah", reply);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<DeliveryRecord>().CountAsync()));
        var notices = await factory.QueryAsync(db => db.Outbox.Where(m => m.Channel == ChannelNames.Staff || m.Channel == ChannelNames.Mail).ToListAsync());
        Assert.Contains(notices, m => m.Channel == ChannelNames.Staff && m.Payload.Contains("statistik-daerah-kota-tarakan-2024"));
        Assert.Contains(notices, m => m.Channel == ChannelNames.Mail);
    }

    internal static void AssertStampedOnEveryPage(byte[] pdf, string name, string deliveryId)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        foreach (var page in document.GetPages())
        {
            Assert.Contains($"Diunduh oleh {name}", page.Text);
            Assert.Contains($"ID {deliveryId}", page.Text);
            Assert.Contains("WITA · PST BPS Kota Tarakan", page.Text);
        }

        Assert.True(document.Information.DocumentInformationDictionary!.TryGet(NameToken.Create("PstDownloadId"), out var id));
        Assert.Contains(deliveryId, id!.ToString());
        // The publication's own text is still there for readers and search.
        Assert.Contains("Badan Pusat Statistik", string.Concat(document.GetPages().Select(p => p.Text)));
    }

    private void CheckWithPopplerAndQpdf(byte[] pdf, string deliveryId)
    {
        var qpdf = new ExternalTool("/usr/bin/qpdf");
        var pdftotext = new ExternalTool("/usr/bin/pdftotext");
        if (!qpdf.IsInstalled || !pdftotext.IsInstalled)
        {
            _log.WriteLine(qpdf.SkipNote);
            return;
        }

        var path = Path.Combine(_factory.DataDir, "fetched.pdf");
        File.WriteAllBytes(path, pdf);
        var (exit, stdout, _) = qpdf.Run("--check", path);
        Assert.True(exit == 0, stdout);
        using var document = PdfDocument.Open(pdf);
        for (var page = 1; page <= document.NumberOfPages; page++)
        {
            var (_, text, _) = pdftotext.Run("-f", $"{page}", "-l", $"{page}", path, "-");
            Assert.Contains($"ID {deliveryId}", text);
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing) => _factory.Dispose();
}

/// <summary>The same flows with the host on PostgreSQL (skipped without PSTBOT_TEST_POSTGRES).</summary>
public sealed class DownloadFlowOnPostgresTests(ITestOutputHelper log) : DownloadFlowTests(log, TestStore.Postgres), IRunsOnPostgres;
