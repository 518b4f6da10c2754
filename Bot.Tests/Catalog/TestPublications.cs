using Bot.Catalog.Publications;
using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

/// <summary>Builders for small hand-made catalogues.</summary>
internal static class TestPublications
{
    public static CatalogDocument Doc(string id, string title, int year, string? abstractText = null, string[]? subjects = null, string? text = null, string? release = null) =>
        new(new Publication
        {
            Id = id,
            Title = title,
            Year = year,
            Abstract = abstractText,
            Subjects = subjects ?? [],
            ReleaseDate = release is null ? null : DateOnly.Parse(release, System.Globalization.CultureInfo.InvariantCulture),
            File = id + ".pdf",
        }, id + ".pdf", 3, 1000, text);

    public static CatalogIndex Index(params CatalogDocument[] documents)
    {
        var index = CatalogIndex.CreateInMemory();
        index.Upsert(documents);
        return index;
    }
}
