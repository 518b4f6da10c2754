using Bot.Catalog.Demo;
using Bot.Catalog.Publications;
using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

public sealed class DemoCatalogTests
{
    [Fact]
    public void The_demo_manifest_holds_at_least_32_valid_publications_with_BPS_catalogue_numbers()
    {
        // Act
        var publications = DemoCatalog.Publications();

        // Assert
        Assert.True(publications.Count >= 32);
        Assert.Equal(publications.Count, publications.Select(p => p.Id).Distinct().Count());
        Assert.All(publications.Where(p => p.CatalogNumber is not null), p => Assert.True(ManifestReader.IsValidCatalogNumber(p.CatalogNumber), p.Id));
        Assert.All(publications, p => Assert.False(string.IsNullOrWhiteSpace(p.Abstract), p.Id));
        Assert.Contains(publications, p => p.Language == "en");
        Assert.Equal(6, publications.Count(p => p.Id.StartsWith("kota-tarakan-dalam-angka-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Demo_PDFs_have_the_same_pages_and_text_every_time()
    {
        // Arrange: PdfPig orders its font dictionary by a random key, so compare content rather than bytes.
        using var folder = new TempDirectory();
        var publication = DemoCatalog.Publications()[10];
        File.WriteAllBytes(folder.Combine("1.pdf"), DemoCatalog.RenderPdf(publication));
        File.WriteAllBytes(folder.Combine("2.pdf"), DemoCatalog.RenderPdf(publication));

        // Act
        var first = Bot.Catalog.Import.PdfTextExtractor.Extract(folder.Combine("1.pdf"));
        var second = Bot.Catalog.Import.PdfTextExtractor.Extract(folder.Combine("2.pdf"));

        // Assert
        Assert.Equal(first.Pages, second.Pages);
        Assert.Contains("Sumber: Badan Pusat Statistik", string.Join(' ', first.Pages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_is_loaded_into_an_empty_index_once_and_never_over_existing_data()
    {
        // Arrange
        using var dataDir = new TempDirectory();
        using var catalog = new CatalogService(CatalogIndex.CreateInMemory(), dataDir.Path);
        using var ownCatalog = new CatalogService(TestPublications.Index(TestPublications.Doc("own", "Katalog Sendiri", 2024)), dataDir.Combine("own"));

        // Act
        var firstLoad = await catalog.EnsureDemoLoadedAsync();
        var secondLoad = await catalog.EnsureDemoLoadedAsync();
        var loadOverOwnData = await ownCatalog.EnsureDemoLoadedAsync();

        // Assert
        Assert.True(firstLoad);
        Assert.False(secondLoad);
        Assert.False(loadOverOwnData);
        Assert.Equal(DemoCatalog.Publications().Count, catalog.Index.Count);
        Assert.Equal(1, ownCatalog.Index.Count);
        Assert.True(File.Exists(dataDir.Combine("catalog", "demo", "manifest.json")));
        Assert.NotNull(catalog.GetPdfPath("kota-tarakan-dalam-angka-2024"));
        Assert.True(catalog.Get("kota-tarakan-dalam-angka-2024")!.PageCount >= 3);
    }
}
