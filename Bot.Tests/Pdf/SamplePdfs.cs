using Bot.Catalog.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Bot.Tests.Pdf;

/// <summary>Builds source PDFs in memory with PDFsharp, so tests need no fixture files.</summary>
internal static class SamplePdfs
{
    /// <summary>A4, Letter, A5 landscape and custom sizes, every rotation, shifted media boxes and crop boxes.</summary>
    public static readonly IReadOnlyList<SamplePage> MixedPages =
    [
        new(595, 842, 0),
        new(612, 792, 90),
        new(595, 420, 180, OriginX: 100, OriginY: 50),
        new(300, 500, 270, OriginX: -200, OriginY: 30, CropInset: 20),
        new(595, 842, 90, OriginX: 40, OriginY: 60, CropInset: 35),
        new(612, 792, 0, CropInset: 50),
        new(420, 595, 270),
        new(842, 595, 180, CropInset: 10),
    ];

    public static byte[] Build(IReadOnlyList<SamplePage> pages, Action<PdfDocument>? configure = null)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        var font = new XFont(PdfFonts.FamilyName, 14);
        for (var i = 0; i < pages.Count; i++)
        {
            var spec = pages[i];
            var page = document.AddPage();
            page.MediaBox = new PdfRectangle(new XPoint(spec.OriginX, spec.OriginY), new XSize(spec.Width, spec.Height));
            if (spec.CropInset > 0)
            {
                page.CropBox = new PdfRectangle(
                    new XPoint(spec.OriginX + spec.CropInset, spec.OriginY + spec.CropInset),
                    new XSize(spec.Width - (2 * spec.CropInset), spec.Height - (2 * spec.CropInset)));
            }

            using (var gfx = XGraphics.FromPdfPage(page))
            {
                // PDFsharp draws from (0, 0); shift so the text lands inside a media box with a non-zero origin.
                gfx.TranslateTransform(spec.OriginX, -spec.OriginY);
                gfx.DrawString(spec.Text(i + 1), font, XBrushes.Black, new XPoint(spec.CropInset + 40, spec.CropInset + 80));
                gfx.DrawRectangle(XPens.Black, spec.CropInset + 40, spec.CropInset + 100, 200, 60);
            }

            page.Rotate = spec.Rotate;
        }

        configure?.Invoke(document);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public static byte[] Mixed() => Build(MixedPages);

    public static byte[] Encrypted(string? userPassword, string ownerPassword) => Build([new(595, 842, 0)], document =>
    {
        if (userPassword is not null)
        {
            document.SecuritySettings.UserPassword = userPassword;
        }

        document.SecuritySettings.OwnerPassword = ownerPassword;
    });

    public static byte[] Truncated()
    {
        var whole = Mixed();
        return whole[..(whole.Length / 2)];
    }

    public static byte[] Html() => """
        <!DOCTYPE html>
        <html><head><title>404 Not Found</title></head>
        <body><h1>Publikasi tidak ditemukan</h1></body></html>
        """u8.ToArray();

    public static byte[] RandomBytes()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
