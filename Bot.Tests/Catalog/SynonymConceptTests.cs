using System.Globalization;
using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

/// <summary>
/// The first-pass field holds one concept term per synonym group found in a publication, and the words of its PDF
/// text. Searches through it must find what exhaustive ranking finds, with more matches than candidates.
/// </summary>
public sealed class SynonymConceptTests
{
    [Theory]
    [InlineData("susenas")]
    [InlineData("welfare")]
    [InlineData("kesejahteraan")]
    public void A_phrase_of_two_synonym_groups_is_found_through_either_group(string query)
    {
        // Arrange: "kesejahteraan rakyat" is a Susenas name, and "kesejahteraan" alone means welfare. Hundreds of
        // publications mention welfare in their abstract only, so the title match must win its place as a candidate.
        using var index = TestPublications.Index([
            .. Fillers(300, "Laporan pelaksanaan program kesejahteraan rakyat di kelurahan."),
            TestPublications.Doc("target", "Statistik Kesejahteraan Rakyat Kota Tarakan", 2023, "Hasil survei rumah tangga."),
        ]);

        // Act
        var (exhaustive, twoPhase) = SearchBothWays(index, query);

        // Assert
        Assert.Equal(301, exhaustive.Total);
        Assert.Equal(exhaustive.Total, twoPhase.Total);
        Assert.Equal("target", twoPhase.Hits[0].Entry.Id);
        Assert.Equal(exhaustive.Hits.Select(h => h.Entry.Id), twoPhase.Hits.Select(h => h.Entry.Id));
    }

    [Fact]
    public void A_word_only_in_the_pdf_text_is_found_below_publications_with_it_in_their_metadata()
    {
        // Arrange
        using var index = TestPublications.Index(
            TestPublications.Doc("text-only", "Laporan Tahunan Kota Tarakan", 2024, "Ringkasan kegiatan.", text: "Bab 3 membahas arus barang di pelabuhan Malundung."),
            TestPublications.Doc("titled", "Statistik Pelabuhan Kota Tarakan", 2020, "Arus kapal dan barang."));

        // Act
        var result = index.Search("pelabuhan", 1, 10);

        // Assert
        Assert.Equal(["titled", "text-only"], result.Hits.Select(h => h.Entry.Id));
    }

    [Fact]
    public void The_words_of_a_known_name_found_apart_still_count_among_the_matches()
    {
        // Arrange: 150 titles hold the name as a phrase; one abstract holds its words scattered.
        using var index = TestPublications.Index([
            .. Enumerable.Range(0, 150).Select(i => TestPublications.Doc(
                $"pdrb-{i.ToString("D3", CultureInfo.InvariantCulture)}", "Produk Domestik Regional Bruto Kota Tarakan", 2000 + (i % 25))),
            TestPublications.Doc("scattered", "Tinjauan Ekonomi Kota Tarakan", 2024, "Nilai produk yang dihasilkan secara domestik, dihitung regional dan bruto."),
        ]);

        // Act
        var (exhaustive, twoPhase) = SearchBothWays(index, "produk domestik regional bruto");

        // Assert
        Assert.Equal(151, exhaustive.Total);
        Assert.Equal(exhaustive.Total, twoPhase.Total);
        Assert.Equal(2024, twoPhase.Hits[0].Entry.Year);
    }

    private static IEnumerable<CatalogDocument> Fillers(int count, string abstractText) =>
        Enumerable.Range(0, count).Select(i => TestPublications.Doc(
            $"f-{i.ToString("D3", CultureInfo.InvariantCulture)}", $"Laporan Kegiatan Bagian {i.ToString(CultureInfo.InvariantCulture)}", 2020, abstractText));

    private static (CatalogSearchResult Exhaustive, CatalogSearchResult TwoPhase) SearchBothWays(CatalogIndex index, string query)
    {
        var depth = index.CandidateDepth;
        index.CandidateDepth = 0;
        var exhaustive = index.Search(query, 1, 10);
        index.CandidateDepth = depth;
        return (exhaustive, index.Search(query, 1, 10));
    }
}
