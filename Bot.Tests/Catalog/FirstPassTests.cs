using System.Globalization;
using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

/// <summary>
/// The cheap first pass of two-phase retrieval on catalogues with more matches than candidates: it must keep
/// the editions the final ranking puts first, and its cached typo expansions must follow the index.
/// </summary>
public sealed class FirstPassTests
{
    [Fact]
    public void The_newest_of_hundreds_of_alike_editions_is_a_candidate_and_ranks_first()
    {
        // Arrange: 300 yearly editions that read alike, imported oldest first, so the newest has the highest
        // document id; a first pass keeping the lowest ids among equal scores would cut it off.
        var editions = Enumerable.Range(0, 300).Select(i =>
        {
            var release = new DateOnly(1990, 1, 1).AddDays(i * 30);
            return TestPublications.Doc(
                $"e-{i.ToString("D3", CultureInfo.InvariantCulture)}", "Statistik Pelabuhan Kota Tarakan", release.Year,
                "Arus kapal dan barang di pelabuhan.", release: release.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        });
        using var index = TestPublications.Index([.. editions]);
        Assert.True(index.CandidateDepth < 300);

        // Act
        var result = index.Search("statistik pelabuhan", 1, 10);

        // Assert
        Assert.Equal(300, result.Total);
        Assert.Equal(["e-299", "e-298", "e-297"], result.Hits.Take(3).Select(h => h.Entry.Id));
    }

    [Fact]
    public void A_typo_search_finds_a_word_imported_after_the_same_typo_found_nothing()
    {
        // Arrange
        using var index = TestPublications.Index(TestPublications.Doc("a", "Statistik Kesehatan Kota Tarakan", 2024, "Fasilitas kesehatan."));
        var before = index.Search("pelabuhn", 1, 10);

        // Act
        index.Upsert(TestPublications.Doc("b", "Statistik Pelabuhan Kota Tarakan", 2024, "Arus kapal di pelabuhan."));
        var after = index.Search("pelabuhn", 1, 10);

        // Assert
        Assert.Equal(0, before.Total);
        Assert.Equal(["b"], after.Hits.Select(h => h.Entry.Id));
    }
}
