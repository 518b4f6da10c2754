using System.Net;
using Bot.Host.Documents;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Documents;

/// <summary>
/// A document link through the real host: it expires counting from its delivery, opens of one
/// link share one stamping, the opens are capped, and HEAD never stamps.
/// </summary>
public sealed class DocumentLinkTests
{
    private const int Opens = 50;

    [Fact]
    public async Task FiftyConcurrentOpensOfOneLinkStampOnceAndAllGetTheSameStampedBytes()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Documents:MaxOpensPerLink"] = "100" });
        var (visitor, url) = await DeliverAsync(factory);

        var responses = await OpenAtOnceAsync(visitor, url);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Single(responses.Select(r => Convert.ToBase64String(r.Body)).Distinct());
        var record = await factory.QueryAsync(db => db.Set<DeliveryRecord>().SingleAsync());
        DownloadFlowTests.AssertStampedOnEveryPage(responses[0].Body, visitor.Registrant.Name, record.Id);
        Assert.Equal(1, record.Served);
        Assert.Equal(Opens, record.Opens);
    }

    [Fact]
    public async Task OpensBeyondTheCapAreRefusedWithAClearPageAndTheOthersShareOneStamping()
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Documents:MaxOpensPerLink"] = "20" });
        await AssertCapHoldsAsync(factory);
    }

    [PostgresFact]
    public async Task OnPostgresOpensBeyondTheCapAreRefusedAndTheOthersShareOneStamping()
    {
        using var factory = new TestHostBuilder(TestStore.Postgres).With("Documents:MaxOpensPerLink", "20").Build();
        await AssertCapHoldsAsync(factory);
    }

    [Fact]
    public async Task ALinkExpiresCountingFromItsDeliveryNotFromTheLastTimeTheHistoryShowedIt()
    {
        using var factory = new BotFactory();
        var (visitor, url) = await DeliverAsync(factory);

        factory.Clock.Advance(TimeSpan.FromMinutes(40));
        var shownAgain = Assert.Single(await visitor.Chat.GetAsync(), r => r.Document is not null).Document!.Url;
        var stillWorks = await visitor.Http.GetAsync(shownAgain);
        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        var expired = await visitor.Http.GetAsync(shownAgain);
        var page = await expired.Content.ReadAsStringAsync();

        Assert.Equal(url, shownAgain);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("text/html", expired.Content.Headers.ContentType?.MediaType);
        Assert.Contains("60 menit sejak dikirim", page);
        Assert.Contains("minta lagi di chat", page);
        Assert.Contains("Please ask again in the chat", page);
        Assert.Contains("href=\"/\"", page);
    }

    [Fact]
    public async Task HeadAnswersLikeAnOpenWithoutStampingOrCounting()
    {
        using var factory = new BotFactory();
        var (visitor, url) = await DeliverAsync(factory);

        var head = await visitor.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/pdf", head.Content.Headers.ContentType?.MediaType);
        var record = await factory.QueryAsync(db => db.Set<DeliveryRecord>().SingleAsync());
        Assert.Equal(0, record.Served);
        Assert.Equal(0, record.Opens);
    }

    private static async Task AssertCapHoldsAsync(BotFactory factory)
    {
        var (visitor, url) = await DeliverAsync(factory);

        var responses = await OpenAtOnceAsync(visitor, url);
        var head = await visitor.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        var served = responses.Where(r => r.Status == HttpStatusCode.OK).ToList();
        var refused = responses.Where(r => r.Status != HttpStatusCode.OK).ToList();
        Assert.Equal(20, served.Count);
        Assert.Single(served.Select(r => Convert.ToBase64String(r.Body)).Distinct());
        Assert.Equal(Opens - 20, refused.Count);
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Gone, r.Status));
        Assert.All(refused, r => Assert.Contains("sudah dibuka 20 kali", System.Text.Encoding.UTF8.GetString(r.Body)));
        Assert.Equal(HttpStatusCode.Gone, head.StatusCode);
        var record = await factory.QueryAsync(db => db.Set<DeliveryRecord>().SingleAsync());
        DownloadFlowTests.AssertStampedOnEveryPage(served[0].Body, visitor.Registrant.Name, record.Id);
        Assert.Equal(1, record.Served);
        Assert.Equal(20, record.Opens);
    }

    /// <summary>A registered visitor downloads one publication; its link as the web chat shows it.</summary>
    private static async Task<(LibraryVisitor Visitor, string Url)> DeliverAsync(BotFactory factory)
    {
        var visitor = await LibraryVisitor.StartAsync(factory);
        await visitor.Registrant.RegisterAsync();
        var asked = await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("statistik daerah tarakan 2024"), "Unduh");
        var url = Assert.Single(await visitor.SignGuestBookAsync(asked), r => r.Document is not null).Document!.Url;
        return (visitor, url);
    }

    /// <summary>Opens the link <see cref="Opens"/> times at once, all released together.</summary>
    private static async Task<IReadOnlyList<(HttpStatusCode Status, byte[] Body)>> OpenAtOnceAsync(LibraryVisitor visitor, string url)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var opens = Enumerable.Range(0, Opens).Select(async _ =>
        {
            await start.Task;
            using var response = await visitor.Http.GetAsync(url);
            return (response.StatusCode, await response.Content.ReadAsByteArrayAsync());
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(opens);
    }
}
