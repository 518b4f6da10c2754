using System.Globalization;
using System.Text.Json;
using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

/// <summary>
/// Two-phase retrieval (cheap first pass over the merged metadata field, full query on the candidates) must
/// find what exhaustive ranking finds, and hits read from binary doc values must equal the stored documents.
/// </summary>
[Collection(DemoCatalogCollection.Name)]
public sealed class TwoPhaseSearchTests(DemoCatalogFixture fixture)
{
    public static TheoryData<string> JudgedQueries()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Catalog", "relevance-judgements.json");
        var judgements = JsonSerializer.Deserialize<List<RelevanceJudgement>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return [.. judgements.Select(j => j.Query).Concat(["statistik", "kemiskinn", "(*\"~:[", "terbaru", "2023"]).Distinct()];
    }

    [Theory]
    [MemberData(nameof(JudgedQueries))]
    public void Two_phase_search_returns_the_same_page_and_total_as_exhaustive_ranking(string query)
    {
        // Arrange
        var index = fixture.Catalog.Index;
        var depth = index.CandidateDepth;

        // Act
        CatalogSearchResult exhaustive;
        try
        {
            index.CandidateDepth = 0;
            exhaustive = index.Search(query, 1, 10);
        }
        finally
        {
            index.CandidateDepth = depth;
        }

        var twoPhase = index.Search(query, 1, 10);

        // Assert
        Assert.Equal(exhaustive.Total, twoPhase.Total);
        Assert.Equal(exhaustive.Hits.Select(h => h.Entry.Id), twoPhase.Hits.Select(h => h.Entry.Id));
        Assert.Equal(exhaustive.Hits.Select(h => h.Snippet), twoPhase.Hits.Select(h => h.Snippet));
    }

    [Fact]
    public void Every_search_hit_carries_the_same_entry_as_the_stored_document()
    {
        // Arrange
        var index = fixture.Catalog.Index;
        var stored = index.List();
        Assert.NotEmpty(stored);

        foreach (var entry in stored)
        {
            // Act
            var hit = index.Search(entry.Title, 1, CatalogIndex.MaxPageSize).Hits.FirstOrDefault(h => h.Entry.Id == entry.Id);

            // Assert
            Assert.NotNull(hit);
            Assert.Equal(JsonSerializer.Serialize(entry), JsonSerializer.Serialize(hit.Entry));
        }
    }

    [Fact]
    public void A_title_match_behind_hundreds_of_abstract_matches_still_ranks_first()
    {
        // Arrange: 300 publications mention the word only in their abstract and come first in the index;
        // the one titled with it is indexed last, so a first pass blind to titles would cut it off.
        var filler = Enumerable.Range(0, 300).Select(i => TestPublications.Doc(
            $"f-{i.ToString("D3", CultureInfo.InvariantCulture)}", $"Laporan Tahunan Bagian {i.ToString(CultureInfo.InvariantCulture)}", 2020, "Lampiran memuat data pelabuhan dan gudang."));
        using var index = TestPublications.Index([.. filler, TestPublications.Doc("target", "Statistik Pelabuhan Kota Tarakan", 2020, "Arus kapal dan barang.")]);

        // Act
        var result = index.Search("pelabuhan", 1, 10);

        // Assert
        Assert.Equal(301, result.Total);
        Assert.Equal("target", result.Hits[0].Entry.Id);
    }
}
