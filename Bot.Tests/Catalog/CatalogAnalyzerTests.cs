using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

public sealed class CatalogAnalyzerTests
{
    [Theory]
    [InlineData("Tarakan", "tarakan")]
    [InlineData("Kalimantan", "kalimantan")]
    [InlineData("Nunukan", "nunukan")]
    [InlineData("Bulungan", "bulungan")]
    [InlineData("Mamburungan", "mamburungan")]
    public void Regional_names_are_not_stemmed_in_stemmed_fields(string word, string expected)
    {
        // Arrange
        using var analyzer = new CatalogAnalyzer();

        // Act
        var terms = analyzer.Terms("title", word);

        // Assert
        Assert.Equal([expected], terms);
    }

    [Fact]
    public void Ordinary_words_are_stemmed_so_perekonomian_and_ekonomi_share_a_term()
    {
        // Arrange
        using var analyzer = new CatalogAnalyzer();

        // Act
        var derived = analyzer.Terms("abstract", "perekonomian");
        var root = analyzer.Terms("abstract", "ekonomi");

        // Assert
        Assert.Equal(root, derived);
    }

    [Fact]
    public void Exact_fields_keep_the_word_as_written_in_lower_case()
    {
        // Arrange
        using var analyzer = new CatalogAnalyzer();

        // Act
        var terms = analyzer.Terms("title_exact", "Perekonomian Kota Tarakan");

        // Assert
        Assert.Equal(["perekonomian", "kota", "tarakan"], terms);
    }

    [Fact]
    public void A_search_for_a_derived_word_finds_a_publication_that_only_has_the_base_word()
    {
        // Arrange: "perindustrian" is not in the synonym list, so only stemming can connect it to "industri".
        using var index = TestPublications.Index(
            TestPublications.Doc("eko", "Statistik Industri Besar dan Sedang", 2023),
            TestPublications.Doc("lain", "Statistik Pendidikan", 2023));

        // Act
        var result = index.Search("perindustrian");

        // Assert
        Assert.Equal("eko", Assert.Single(result.Hits).Entry.Id);
    }

    [Fact]
    public void A_search_for_tarakan_does_not_match_words_stemming_to_tara()
    {
        // Arrange: "tarakan" stemmed naively becomes "tara", which would collide with "setara"/"tara".
        using var index = TestPublications.Index(
            TestPublications.Doc("tara", "Tara dan Setara", 2023),
            TestPublications.Doc("tarakan", "Kota Tarakan Dalam Angka", 2023));

        // Act
        var result = index.Search("tarakan");

        // Assert
        Assert.Equal("tarakan", result.Hits[0].Entry.Id);
        Assert.DoesNotContain(result.Hits, h => h.Entry.Id == "tara");
    }
}
