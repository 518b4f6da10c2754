using Bot.Catalog.Import;
using Bot.Catalog.Search;

namespace Bot.Tests.Catalog;

public sealed class CatalogImporterTests : IDisposable
{
    private readonly TempDirectory source = new();
    private readonly TempDirectory dataDir = new();

    public void Dispose()
    {
        source.Dispose();
        dataDir.Dispose();
    }

    [Fact]
    public async Task Importing_copies_PDFs_indexes_text_and_is_idempotent()
    {
        // Arrange
        CatalogFiles.ValidPdf(source.Combine("a.pdf"), "Statistik Rumput Laut Kota Tarakan");
        CatalogFiles.ValidPdf(source.Combine("b.pdf"));
        var manifest = CatalogFiles.Manifest(source.Path, CatalogFiles.Entry("a"), CatalogFiles.Entry("b"));
        using var index = CatalogIndex.CreateInMemory();
        var importer = new CatalogImporter(index, dataDir.Path);

        // Act
        var first = await importer.ImportAsync(manifest);
        var second = await importer.ImportAsync(manifest);

        // Assert
        Assert.Equal(["a", "b"], first.Added);
        Assert.Empty(first.Updated);
        Assert.Empty(second.Added);
        Assert.Equal(["a", "b"], second.Updated);
        Assert.Equal(2, index.Count);
        Assert.True(File.Exists(dataDir.Combine("catalog", "files", "a.pdf")));
        Assert.Equal("a", index.Search("rumput laut").Hits[0].Entry.Id); // found through the PDF text only
        Assert.Equal("a.pdf", index.Get("a")!.FileName);
    }

    [Fact]
    public async Task One_bad_entry_means_nothing_is_imported()
    {
        // Arrange
        CatalogFiles.ValidPdf(source.Combine("a.pdf"));
        CatalogFiles.NotPdf(source.Combine("b.pdf"));
        var manifest = CatalogFiles.Manifest(source.Path, CatalogFiles.Entry("a"), CatalogFiles.Entry("b"));
        using var index = CatalogIndex.CreateInMemory();
        var importer = new CatalogImporter(index, dataDir.Path);

        // Act
        var result = await importer.ImportAsync(manifest);

        // Assert
        Assert.False(result.Succeeded);
        Assert.Equal("b", Assert.Single(result.Errors).Id);
        Assert.Equal(0, index.Count);
        Assert.False(File.Exists(dataDir.Combine("catalog", "files", "a.pdf")));
    }

    [Fact]
    public async Task Removing_deletes_the_entry_and_its_file()
    {
        // Arrange
        CatalogFiles.ValidPdf(source.Combine("a.pdf"));
        using var index = CatalogIndex.CreateInMemory();
        var importer = new CatalogImporter(index, dataDir.Path);
        await importer.ImportAsync(CatalogFiles.Manifest(source.Path, CatalogFiles.Entry("a")));

        // Act
        var removed = importer.Remove("a");
        var removedAgain = importer.Remove("a");

        // Assert
        Assert.True(removed);
        Assert.False(removedAgain);
        Assert.Equal(0, index.Count);
        Assert.False(File.Exists(importer.FilePath("a")));
    }
}
