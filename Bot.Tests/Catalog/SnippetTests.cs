using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

/// <summary>Excerpts shown under each hit: short, on the searched words, readable on a phone.</summary>
public sealed class SnippetTests
{
    private const string LongText =
        "Bab 1 menjelaskan metodologi survei, kerangka sampel dan jadwal pencacahan di seluruh kelurahan.\n\n" +
        "Bab 2 menyajikan jumlah rumah tangga, anggota rumah tangga dan kepala rumah tangga menurut kecamatan.\n" +
        "Bab 3 memuat produksi rumput laut dan hasil tangkapan nelayan per kelurahan, dengan tabel luas budidaya rumput laut.\n" +
        "Bab 4 berisi lampiran kuesioner, daftar istilah dan indeks tabel yang dipakai dalam publikasi ini.";

    [Fact]
    public void The_excerpt_is_the_part_of_the_text_holding_the_searched_words()
    {
        // Arrange
        using var index = TestPublications.Index(TestPublications.Doc("t", "Laporan Tahunan", 2023, "Ringkasan kegiatan.", text: LongText));

        // Act
        var snippet = index.Search("rumput laut nelayan").Hits[0].Snippet;

        // Assert
        Assert.Contains("*rumput* *laut* dan hasil tangkapan *nelayan*", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Replace("*", "", StringComparison.Ordinal).Trim('…').Length, 40, 160);
    }

    [Fact]
    public void Line_breaks_of_the_pdf_text_become_single_spaces()
    {
        // Arrange
        using var index = TestPublications.Index(TestPublications.Doc("t", "Laporan Tahunan", 2023, "Ringkasan kegiatan.", text: "Produksi\n\n  rumput laut\r\nper kelurahan."));

        // Act
        var snippet = index.Search("rumput").Hits[0].Snippet;

        // Assert
        Assert.Equal("Produksi *rumput* laut per kelurahan.", snippet);
    }

    [Fact]
    public void Words_are_marked_in_their_written_form_when_found_through_their_stem()
    {
        // Arrange
        using var index = TestPublications.Index(TestPublications.Doc("a", "Statistik Daerah", 2023, "Pertumbuhan perekonomian kota melambat."));

        // Act
        var snippet = index.Search("ekonomi").Hits[0].Snippet;

        // Assert
        Assert.Equal("Pertumbuhan *perekonomian* kota melambat.", snippet);
    }
}
