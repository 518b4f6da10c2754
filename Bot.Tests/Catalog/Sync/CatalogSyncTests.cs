using Bot.Catalog.Publications;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Catalog.Sync;

public sealed class CatalogSyncTests : IAsyncLifetime
{
    private SyncHarness harness = null!;

    private static int Total => BpsTestCatalog.PublicationCount + BpsTestCatalog.PressReleaseCount;

    public async Task InitializeAsync() => harness = await SyncHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task A_first_sync_imports_every_publication_and_press_release_over_all_pages_and_exits_0()
    {
        // Act
        var (code, output, error) = await harness.SyncAsync();

        // Assert
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"{Total} added, 0 updated, 0 withdrawn, 0 unchanged, 0 problem(s)", output, StringComparison.Ordinal);
        Assert.Contains("[1/18]", output, StringComparison.Ordinal);
        using var catalog = harness.OpenCatalog();
        Assert.Equal(Total, catalog.Index.Count);
        Assert.Equal(BpsTestCatalog.PressReleaseCount, catalog.Index.List().Count(e => e.Kind == CatalogKind.PressRelease));
        Assert.All(catalog.Index.List(), e => Assert.NotNull(catalog.GetPdfPath(e.Id)));
        // Three pages of publications and two of press releases (five a page), each list ended by the paging.
        Assert.Equal(3, harness.Api.Requests.Count(r => r is { Action: "list", Model: "publication" }));
        Assert.Equal(BpsTestCatalog.PublicationCount, harness.Api.Requests.Count(r => r is { Action: "view", Model: "publication" }));
        Assert.All(harness.Api.Requests, r => Assert.StartsWith("Mozilla/5.0 (compatible; PstBot", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Numbers_come_from_the_view_and_the_issn_field_is_read_as_issn_or_isbn()
    {
        // Act
        await harness.SyncAsync();

        // Assert
        using var catalog = harness.OpenCatalog();
        var dalamAngka = catalog.Get("bps-pub-" + BpsTestCatalog.DalamAngka)!;
        Assert.Equal("1102001.6571", dalamAngka.CatalogNumber);
        Assert.Equal("2088-3781", dalamAngka.Issn);
        Assert.Equal(new DateOnly(2024, 2, 28), dalamAngka.ReleaseDate);
        Assert.Equal(2024, dalamAngka.Year);
        var district = catalog.Get("bps-pub-" + BpsTestCatalog.TarakanBarat)!;
        Assert.Equal("1102001.6571010", district.CatalogNumber);
        Assert.Null(district.Issn);
        var kemiskinan = catalog.Get("bps-pub-" + BpsTestCatalog.Kemiskinan)!;
        Assert.Null(kemiskinan.Issn);
        Assert.Equal("978-602-438-123-4", kemiskinan.Isbn);
    }

    [Fact]
    public async Task Titles_and_abstracts_are_cleaned_of_html_and_entities()
    {
        // Act
        await harness.SyncAsync();

        // Assert
        using var catalog = harness.OpenCatalog();
        var publication = catalog.Get("bps-pub-" + BpsTestCatalog.DalamAngka)!;
        Assert.Equal("Publikasi Kota Tarakan Dalam Angka 2024 menyajikan data pokok daerah.\nData mencakup penduduk, pendidikan & ekonomi.", publication.Abstract);
        var release = catalog.Get("bps-brs-" + BpsTestCatalog.InflasiNovember)!;
        Assert.StartsWith("Pada November 2024 terjadi inflasi year on year (y-on-y) Kota Tarakan sebesar 1,52 persen\nIndeks Harga Konsumen (IHK) sebesar 106,87.", release.Abstract, StringComparison.Ordinal);
        Assert.All(catalog.Index.List(), e =>
        {
            Assert.DoesNotContain('<', e.Abstract ?? "");
            Assert.DoesNotContain("&lt;", e.Abstract ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain('\r', e.Abstract ?? "");
        });
        Assert.Equal(["Berita Resmi Statistik", "Inflasi"], release.Subjects);
        Assert.Equal(CatalogKind.PressRelease, release.Kind);
    }

    [Fact]
    public async Task A_second_run_fetches_only_what_changed_upstream()
    {
        // Arrange
        await harness.SyncAsync();
        harness.Api.Publications[0]["updt_date"] = "2024-12-05";
        harness.Api.Publications[0]["title"] = "Kota Tarakan Dalam Angka 2024 (Revisi)";
        harness.Api.PressReleases[1]["size"] = "0.50 MB";
        harness.Api.ClearRequests();

        // Act
        var (code, output, _) = await harness.SyncAsync();

        // Assert
        Assert.Equal(0, code);
        Assert.Contains($"0 added, 2 updated, 0 withdrawn, {Total - 2} unchanged", output, StringComparison.Ordinal);
        Assert.Equal([BpsTestCatalog.DalamAngka + ".pdf", "brs-" + BpsTestCatalog.IhkOktober + ".pdf"], harness.Api.FileRequests.Select(r => r.File).Order(StringComparer.Ordinal));
        Assert.Single(harness.Api.Requests, r => r.Action == "view");
        using var catalog = harness.OpenCatalog();
        Assert.Equal("Kota Tarakan Dalam Angka 2024 (Revisi)", catalog.Get("bps-pub-" + BpsTestCatalog.DalamAngka)!.Title);
    }

    [Fact]
    public async Task A_withdrawn_item_leaves_the_search_but_its_file_stays_for_links_already_given()
    {
        // Arrange
        await harness.SyncAsync();
        harness.Api.Publications.RemoveAll(p => p["pub_id"]!.ToString() == BpsTestCatalog.Kemiskinan);

        // Act
        var (code, output, _) = await harness.SyncAsync();

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("1 withdrawn", output, StringComparison.Ordinal);
        using var catalog = harness.OpenCatalog();
        var id = "bps-pub-" + BpsTestCatalog.Kemiskinan;
        Assert.False(catalog.Index.Contains(id));
        Assert.DoesNotContain(catalog.Search("profil kemiskinan 2023").Hits, h => h.Entry.Id == id);
        Assert.True(File.Exists(catalog.Importer.FilePath(id)));
    }

    [Fact]
    public async Task A_file_failing_with_500_is_named_and_the_rest_is_synced_with_exit_3()
    {
        // Arrange
        harness.Api.FailFileAlways(BpsTestCatalog.TarakanBarat + ".pdf", 500);

        // Act
        var (code, output, error) = await harness.SyncAsync();

        // Assert
        Assert.Equal(3, code);
        Assert.Contains($"{Total - 1} added", output, StringComparison.Ordinal);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"bps-pub-{BpsTestCatalog.TarakanBarat} \"Kecamatan Tarakan Barat Dalam Angka 2024\": download answered HTTP 500", line, StringComparison.Ordinal);
        // Retried before giving up (MaxRetries 2).
        Assert.Equal(3, harness.Api.FileRequests.Count(r => r.File == BpsTestCatalog.TarakanBarat + ".pdf"));

        // Act again: upstream healed, the next run fetches only the missing file.
        harness.Api.Heal(BpsTestCatalog.TarakanBarat + ".pdf");
        harness.Api.ClearRequests();
        var (second, secondOutput, _) = await harness.SyncAsync();

        // Assert
        Assert.Equal(0, second);
        Assert.Contains("1 added", secondOutput, StringComparison.Ordinal);
        Assert.Single(harness.Api.FileRequests);
    }

    [Fact]
    public async Task A_429_is_retried_with_backoff_and_then_succeeds()
    {
        // Arrange
        harness.Api.FailFileNext(BpsTestCatalog.DalamAngka + ".pdf", 429);
        harness.Api.FailListNext(503);

        // Act
        var (code, _, error) = await harness.SyncAsync();

        // Assert
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(2, harness.Api.FileRequests.Count(r => r.File == BpsTestCatalog.DalamAngka + ".pdf"));
    }

    [Fact]
    public async Task A_wrong_key_answered_with_http_200_exits_1_and_changes_nothing()
    {
        // Act
        var (code, output, error) = await harness.SyncAsync(key: "not-the-key");

        // Assert
        Assert.Equal(1, code);
        Assert.Contains("re-check your key", error, StringComparison.Ordinal);
        Assert.DoesNotContain("added", output, StringComparison.Ordinal);
        Assert.Empty(harness.Api.FileRequests);
        using var catalog = harness.OpenCatalog();
        Assert.Equal(0, catalog.Index.Count);
    }

    [Fact]
    public async Task An_unreachable_webapi_exits_1()
    {
        // Arrange: a port nobody listens on.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // Act
        var (code, _, error) = await harness.SyncAsync(baseUrl: $"http://127.0.0.1:{port}/v1/api");

        // Assert
        Assert.Equal(1, code);
        Assert.Contains("cannot be reached", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_key_exits_1_and_says_where_to_get_one()
    {
        // Act
        var (code, _, error) = await harness.SyncAsync(key: "");

        // Assert
        Assert.Equal(1, code);
        Assert.Contains("webapi.bps.go.id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_cut_off_midway_is_resumed_by_the_next_run()
    {
        // Arrange: the line stalls after 1,000 bytes and the run is stopped (Ctrl-C, host shutting down).
        var file = BpsTestCatalog.DalamAngka + ".pdf";
        harness.Api.StallNext(file, 1000);
        using var stop = new CancellationTokenSource();
        var first = harness.SyncAsync(cancellationToken: stop.Token);
        var partial = harness.Data.Combine("catalog", "bps", "partial");
        await WaitUntil.TrueAsync(() => Directory.Exists(partial) && Directory.EnumerateFiles(partial, "*.part").Any(f => new FileInfo(f).Length == 1000), "the first 1,000 bytes in a partial file");
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        harness.Api.ClearRequests();

        // Act
        var (second, output, _) = await harness.SyncAsync();

        // Assert
        Assert.Equal(0, second);
        Assert.Contains($"{Total} added", output, StringComparison.Ordinal);
        var request = harness.Api.FileRequests.First(r => r.File == file);
        Assert.Equal("bytes=1000-", request.Range);
        using var catalog = harness.OpenCatalog();
        Assert.Equal(harness.Api.Files[file], File.ReadAllBytes(catalog.GetPdfPath("bps-pub-" + BpsTestCatalog.DalamAngka)!));
        Assert.Empty(Directory.EnumerateFiles(partial));
    }

    [Fact]
    public async Task A_domain_with_nothing_published_ends_on_list_not_available()
    {
        // Arrange
        harness.Api.Publications.Clear();
        harness.Api.PressReleases.Clear();

        // Act
        var (code, output, _) = await harness.SyncAsync();

        // Assert
        Assert.Equal(0, code);
        Assert.Contains("0 added", output, StringComparison.Ordinal);
        Assert.Equal(2, harness.Api.Requests.Count(r => r.Action == "list"));
    }

    [Theory]
    [InlineData("brs inflasi november", "bps-brs-" + BpsTestCatalog.InflasiNovember)]
    [InlineData("ihk oktober 2024", "bps-brs-" + BpsTestCatalog.IhkOktober)]
    [InlineData("inflasi tarakan november 2024", "bps-brs-" + BpsTestCatalog.InflasiNovember)]
    [InlineData("berita resmi statistik kemiskinan", "bps-brs-24030")]
    [InlineData("tarakan dalam angka 2024", "bps-pub-" + BpsTestCatalog.DalamAngka)]
    [InlineData("kecamatan tarakan barat", "bps-pub-" + BpsTestCatalog.TarakanBarat)]
    [InlineData("profil kemiskinan 2023", "bps-pub-" + BpsTestCatalog.Kemiskinan)]
    [InlineData("1102001.6571010", "bps-pub-" + BpsTestCatalog.TarakanBarat)]
    public async Task Synced_items_are_found_in_the_top_three_for_natural_queries(string query, string expected)
    {
        // Arrange
        await harness.SyncAsync();
        using var catalog = harness.OpenCatalog();

        // Act
        var hits = catalog.Search(query).Hits.Take(3).Select(h => h.Entry.Id).ToList();

        // Assert
        Assert.Contains(expected, hits);
    }
}
