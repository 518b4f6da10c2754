using Bot.Catalog.Demo;
using Bot.Catalog.Publications;

namespace Bot.Tests.Catalog;

/// <summary>Writes manifests and PDFs (valid, damaged, encrypted, fake) for import tests.</summary>
internal static class CatalogFiles
{
    private static readonly Publication Sample = DemoCatalog.Publications()[0];

    public static void ValidPdf(string path, string title = "Statistik Uji Coba Kota Tarakan") =>
        File.WriteAllBytes(path, DemoCatalog.RenderPdf(Sample with { Title = title }));

    public static void NotPdf(string path) => File.WriteAllText(path, "This is a Word document, honestly.");

    public static void DamagedPdf(string path)
    {
        var bytes = DemoCatalog.RenderPdf(Sample);
        File.WriteAllBytes(path, [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[200], .. bytes.AsSpan(bytes.Length / 3, 100).ToArray()]);
    }

    public static void EncryptedPdf(string path)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.AddPage();
        document.SecuritySettings.UserPassword = "rahasia";
        document.SecuritySettings.OwnerPassword = "rahasia-pemilik";
        document.Save(path);
    }

    public static string Entry(string id, string title = "Statistik Uji Coba", int year = 2024, string? file = null, string extra = "") =>
        $$"""{ "id": "{{id}}", "title": "{{title}}", "year": {{year}}, "catalogNumber": "1102001.6571", "language": "id", "subjects": ["uji"], "abstract": "Publikasi uji coba {{id}}.", "file": "{{file ?? id + ".pdf"}}" {{extra}} }""";

    public static string Manifest(string folder, params string[] entries)
    {
        var path = Path.Combine(folder, "manifest.json");
        File.WriteAllText(path, "[\n" + string.Join(",\n", entries) + "\n]");
        return path;
    }
}
