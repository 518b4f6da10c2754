using Bot.Catalog.Search;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Catalog;

public sealed class CatalogSearchTests
{
    private static CatalogIndex SeriesIndex() => TestPublications.Index(
        [.. Enumerable.Range(2020, 6).Select(y => TestPublications.Doc($"da-{y}", $"Kota Tarakan Dalam Angka {y}", y, "Data statistik umum Kota Tarakan.", release: $"{y}-02-28")),
         TestPublications.Doc("ipm", "Indeks Pembangunan Manusia Kota Tarakan 2023", 2023, "Capaian pembangunan manusia."),
         TestPublications.Doc("brs-ipm", "Berita Resmi Statistik Kota Tarakan", 2024, "Rilis IPM Kota Tarakan tahun 2024 naik."),
         TestPublications.Doc("miskin", "Profil Kemiskinan Kota Tarakan", 2022, "Jumlah penduduk miskin dan garis kemiskinan."),
         TestPublications.Doc("ikan", "Statistik Perikanan Tangkap", 2023, "Produksi ikan laut.")]);

    [Fact]
    public void An_acronym_finds_the_publication_that_spells_it_out()
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var result = index.Search("ipm");

        // Assert
        Assert.Contains(result.Hits, h => h.Entry.Id == "ipm");
    }

    [Fact]
    public void A_spelled_out_name_finds_the_publication_that_only_uses_the_acronym()
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var result = index.Search("indeks pembangunan manusia");

        // Assert
        Assert.Contains(result.Hits, h => h.Entry.Id == "brs-ipm");
        Assert.Equal("ipm", result.Hits[0].Entry.Id);
    }

    [Theory]
    [InlineData("poverty", "miskin")]
    [InlineData("fisheries", "ikan")]
    public void English_words_find_Indonesian_publications(string query, string expected)
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var result = index.Search(query);

        // Assert
        Assert.Equal(expected, result.Hits[0].Entry.Id);
    }

    [Theory]
    [InlineData("kemiskinn")]
    [InlineData("kemsikinan")]
    [InlineData("perikaann")]
    public void Typos_in_longer_words_are_tolerated(string query)
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var result = index.Search(query);

        // Assert
        Assert.NotEmpty(result.Hits);
        Assert.Contains(result.Hits[0].Entry.Id, new[] { "miskin", "ikan" });
    }

    [Fact]
    public void Short_words_get_no_typo_tolerance()
    {
        // Arrange: "ipx" is one edit from "ipm" but three letters are too short to guess.
        using var index = SeriesIndex();

        // Act
        var result = index.Search("ipx");

        // Assert
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public void A_year_in_the_query_puts_that_year_first()
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var result = index.Search("tarakan dalam angka 2022");

        // Assert
        Assert.Equal("da-2022", result.Hits[0].Entry.Id);
        Assert.True(result.Total > 1, "other years still match");
    }

    [Fact]
    public void A_year_does_not_have_to_appear_in_the_text()
    {
        // Arrange: the title of "miskin" has no year, only its metadata says 2022.
        using var index = SeriesIndex();

        // Act
        var result = index.Search("kemiskinan 2022");

        // Assert
        Assert.Equal("miskin", result.Hits[0].Entry.Id);
    }

    [Theory]
    [InlineData("dalam angka terbaru")]
    [InlineData("latest tarakan dalam angka")]
    [InlineData("dalam angka terakhir")]
    public void Asking_for_the_newest_puts_the_newest_edition_first(string query)
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var result = index.Search(query);

        // Assert
        Assert.Equal("da-2025", result.Hits[0].Entry.Id);
    }

    [Fact]
    public void Equal_scores_are_ordered_newest_first()
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var years = index.Search("dalam angka").Hits.Where(h => h.Entry.Id.StartsWith("da-", StringComparison.Ordinal)).Select(h => h.Entry.Year).ToList();

        // Assert
        Assert.Equal(years.OrderByDescending(y => y), years);
        Assert.Equal(6, years.Count);
    }

    [Fact]
    public void Pages_split_the_results_without_overlap()
    {
        // Arrange
        using var index = TestPublications.Index([.. Enumerable.Range(1, 12).Select(i => TestPublications.Doc($"p{i}", $"Statistik Perikanan Seri {i}", 2000 + i))]);

        // Act
        var first = index.Search("perikanan", page: 1, pageSize: 5);
        var second = index.Search("perikanan", page: 2, pageSize: 5);
        var third = index.Search("perikanan", page: 3, pageSize: 5);
        var beyond = index.Search("perikanan", page: 4, pageSize: 5);

        // Assert
        Assert.Equal(12, first.Total);
        Assert.Equal(3, first.PageCount);
        Assert.Equal([5, 5, 2, 0], new[] { first.Hits.Count, second.Hits.Count, third.Hits.Count, beyond.Hits.Count });
        var ids = first.Hits.Concat(second.Hits).Concat(third.Hits).Select(h => h.Entry.Id).ToList();
        Assert.Equal(12, ids.Distinct().Count());
    }

    [Fact]
    public void All_words_are_required_when_possible_but_an_unmatched_word_does_not_empty_the_result()
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var strict = index.Search("kemiskinan tarakan");
        var loosened = index.Search("kemiskinan tarakan zzzyx");

        // Assert
        Assert.Equal(["miskin"], strict.Hits.Select(h => h.Entry.Id));
        Assert.Equal("miskin", loosened.Hits[0].Entry.Id);
    }

    [Fact]
    public void When_nothing_is_found_a_correction_from_the_index_vocabulary_is_suggested()
    {
        // Arrange: a wrong first letter defeats typo tolerance (prefix 1) but not the suggester.
        using var index = SeriesIndex();

        // Act
        var result = index.Search("qemiskinan");

        // Assert
        Assert.Equal(0, result.Total);
        Assert.Equal("kemiskinan", result.DidYouMean);
    }

    [Fact]
    public void Known_words_get_no_suggestion()
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var result = index.Search("kemiskinan");

        // Assert
        Assert.Null(result.DidYouMean);
    }

    [Fact]
    public void Snippets_highlight_the_matched_words_in_the_abstract()
    {
        // Arrange
        using var index = SeriesIndex();

        // Act
        var hit = index.Search("garis kemiskinan").Hits[0];

        // Assert
        Assert.Contains("*kemiskinan*", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Snippets_fall_back_to_the_PDF_text_when_the_abstract_does_not_match()
    {
        // Arrange
        using var index = TestPublications.Index(TestPublications.Doc("t", "Laporan Tahunan", 2023, "Ringkasan kegiatan.", text: "Tabel 3 memuat produksi rumput laut per kelurahan."));

        // Act
        var hit = index.Search("rumput laut").Hits[0];

        // Assert
        Assert.Contains("*rumput*", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Reimporting_an_id_replaces_the_publication_instead_of_duplicating_it()
    {
        // Arrange
        using var index = TestPublications.Index(TestPublications.Doc("x", "Judul Lama", 2023));

        // Act
        index.Upsert(TestPublications.Doc("x", "Judul Baru", 2024));

        // Assert
        Assert.Equal(1, index.Count);
        Assert.Equal("Judul Baru", index.Get("x")!.Title);
    }

    [Fact]
    public void A_second_index_instance_on_the_same_folder_sees_commits_after_refresh()
    {
        // Arrange: models the host (reader) and the CLI (writer) as two independent instances.
        using var folder = new TempDirectory();
        using var host = CatalogIndex.Open(folder.Path);
        var before = host.Search("perikanan").Total;

        // Act
        using (var cli = CatalogIndex.Open(folder.Path))
        {
            cli.Upsert(TestPublications.Doc("ikan", "Statistik Perikanan", 2023));
        }

        host.Refresh();

        // Assert
        Assert.Equal(0, before);
        Assert.Equal(1, host.Search("perikanan").Total);
    }

    [Fact]
    public async Task A_second_index_instance_sees_commits_within_the_refresh_interval_without_being_told()
    {
        // Arrange
        using var folder = new TempDirectory();
        using var host = CatalogIndex.Open(folder.Path);
        Assert.Equal(0, host.Search("perikanan").Total);
        using (var cli = CatalogIndex.Open(folder.Path))
        {
            cli.Upsert(TestPublications.Doc("ikan", "Statistik Perikanan", 2023));
        }

        // Act
        await Task.Delay(CatalogIndex.RefreshInterval + TimeSpan.FromMilliseconds(300));
        host.Search("perikanan"); // triggers the non-blocking refresh
        var total = await WaitUntil.ReadAsync(() => Task.FromResult(host.Search("perikanan").Total), found => found > 0, "the other instance's commit in a search");

        // Assert
        Assert.Equal(1, total);
    }

    [Fact]
    public void A_catalogue_number_finds_its_publication()
    {
        // Arrange
        using var index = TestPublications.Index(
            TestPublications.Doc("a", "Kota Tarakan Dalam Angka", 2024) with { Publication = TestPublications.Doc("a", "Kota Tarakan Dalam Angka", 2024).Publication with { CatalogNumber = "1102001.6571" } },
            TestPublications.Doc("b", "Statistik Daerah", 2024) with { Publication = TestPublications.Doc("b", "Statistik Daerah", 2024).Publication with { CatalogNumber = "1101002.6571" } });

        // Act
        var result = index.Search("1101002.6571");

        // Assert
        Assert.Equal("b", Assert.Single(result.Hits).Entry.Id);
    }
}
