using Bot.Catalog.Demo;
using Bot.Catalog.Import;

namespace Bot.Tests.Catalog;

public sealed class PdfTextExtractorTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_demo_PDF_yields_its_pages_and_cover_text()
    {
        // Arrange
        var path = folder.Combine("da.pdf");
        File.WriteAllBytes(path, DemoCatalog.RenderPdf(DemoCatalog.Publications()[0]));

        // Act
        var content = PdfTextExtractor.Extract(path);

        // Assert
        Assert.InRange(content.PageCount, 3, 7);
        Assert.Contains("Kota Tarakan Dalam Angka 2020", content.Pages[0], StringComparison.Ordinal);
        Assert.Contains("BADAN PUSAT STATISTIK KOTA TARAKAN", content.Pages[0], StringComparison.Ordinal);
        Assert.Contains("1102001.6571", content.Pages[0], StringComparison.Ordinal);
        Assert.Equal(new FileInfo(path).Length, content.SizeBytes);
    }

    [Theory]
    [InlineData("fake", PdfProblem.NotPdf)]
    [InlineData("damaged", PdfProblem.Damaged)]
    [InlineData("locked", PdfProblem.Encrypted)]
    [InlineData("absent", PdfProblem.Missing)]
    [InlineData("empty", PdfProblem.NotPdf)]
    public void Unreadable_files_raise_a_typed_error(string kind, PdfProblem expected)
    {
        // Arrange
        var path = folder.Combine(kind + ".pdf");
        switch (kind)
        {
            case "fake": CatalogFiles.NotPdf(path); break;
            case "damaged": CatalogFiles.DamagedPdf(path); break;
            case "locked": CatalogFiles.EncryptedPdf(path); break;
            case "empty": File.WriteAllBytes(path, []); break;
        }

        // Act
        var error = Assert.Throws<PdfExtractionException>(() => PdfTextExtractor.Extract(path));

        // Assert
        Assert.Equal(expected, error.Problem);
    }
}
