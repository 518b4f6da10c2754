using Bot.Catalog.Search;
using Bot.Host.Catalog;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Catalog.Sync;

public sealed class CatalogSyncHostTests : IAsyncLifetime
{
    private BpsWebApiDouble api = null!;
    private BotFactory factory = null!;

    private static int Total => BpsTestCatalog.PublicationCount + BpsTestCatalog.PressReleaseCount;

    public async Task InitializeAsync()
    {
        api = await BpsWebApiDouble.StartAsync();
        BpsTestCatalog.Fill(api);
        factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Catalog:Bps:ApiKey"] = BpsWebApiDouble.Key,
            ["Catalog:Bps:BaseUrl"] = api.BaseUrl,
            ["Catalog:Bps:RequestIntervalMilliseconds"] = "0",
            ["Catalog:Bps:SyncAt"] = "02:30",
        });
    }

    public async Task DisposeAsync()
    {
        api.ReleaseFiles();
        factory.Dispose();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task While_the_first_sync_runs_a_search_says_the_catalogue_is_being_prepared_then_finds_press_releases_with_their_date()
    {
        // Arrange: the first sync starts with the host and is held at its first download.
        api.HoldFiles();
        var chat = new WebChatClient(factory.CreateClient());
        await WaitUntil.TrueAsync(() => api.FileRequests.Count > 0, "the first sync's first download");

        // Act
        var whileLoading = await chat.SayAsync("brs inflasi november");

        // Assert
        Assert.Contains("sedang disiapkan", whileLoading.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("tidak ada publikasi", whileLoading.AllText(), StringComparison.Ordinal);

        // Act: the sync finishes.
        api.ReleaseFiles();
        var catalog = factory.Services.GetRequiredService<CatalogService>();
        await WaitUntil.TrueAsync(() => catalog.Index.Count == Total && !catalog.IsPreparing, "the synced catalogue", () => $"{catalog.Index.Count} of {Total} entries; preparing: {catalog.IsPreparing}.");
        var results = await chat.SayAsync("brs inflasi november");

        // Assert: the press release is in the top three, shown with its release date, and opens like a publication.
        var text = results.AllText();
        Assert.Contains("BRS: Inflasi Year on Year (y-on-y) Kota Tarakan November 2024", text, StringComparison.Ordinal);
        Assert.Contains("(Senin, 2 Desember 2024)", text, StringComparison.Ordinal);
        var choice = results.Last().Choices.Take(3).Single(c => c.Id.EndsWith("bps-brs-" + BpsTestCatalog.InflasiNovember, StringComparison.Ordinal));
        var detail = await chat.ChooseAsync(choice.Id);
        Assert.Contains("Berita Resmi Statistik", detail.AllText(), StringComparison.Ordinal);
        Assert.Contains("Tanggal rilis: Senin, 2 Desember 2024", detail.AllText(), StringComparison.Ordinal);
        Assert.Contains(detail.Last().Choices, c => c.Label.Contains("Unduh", StringComparison.OrdinalIgnoreCase) || c.Label.Contains("Download", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_demo_catalogue_is_not_loaded_when_a_key_is_set_and_the_sync_runs_daily_at_the_wita_time()
    {
        // Arrange: the first sync runs at start (the fake clock says 2026-03-02 09:00 WITA).
        var catalog = factory.Services.GetRequiredService<CatalogService>();
        await WaitUntil.TrueAsync(() => catalog.Index.Count == Total && !catalog.IsPreparing, "the synced catalogue", () => $"{catalog.Index.Count} of {Total} entries; preparing: {catalog.IsPreparing}.");
        Assert.All(catalog.Index.List(), e => Assert.StartsWith("bps-", e.Id, StringComparison.Ordinal));
        var listsAfterFirst = api.Requests.Count(r => r.Action == "list");

        // Act: just before 02:30 WITA the next day nothing happens; at 02:30 the daily sync runs.
        factory.Clock.Advance(TimeSpan.FromHours(17) + TimeSpan.FromMinutes(29));
        await Task.Delay(200);
        var listsBefore = api.Requests.Count(r => r.Action == "list");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await WaitUntil.TrueAsync(() => api.Requests.Count(r => r.Action == "list") >= listsAfterFirst + 5, "the daily sync's list requests");

        // Assert
        Assert.Equal(listsAfterFirst, listsBefore);
    }
}
