using System.Globalization;
using Bot.Catalog.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Bot.Bench.Stamp;

/// <summary>Writes a publication-like PDF: a heading, a paragraph and a statistics table on every A4 page.</summary>
internal static class BenchSourcePdf
{
    public static void Write(string path, int pages)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        var heading = new XFont(PdfFonts.FamilyName, 14, XFontStyleEx.Bold);
        var body = new XFont(PdfFonts.FamilyName, 9);
        var random = new Random(pages);
        for (var p = 1; p <= pages; p++)
        {
            var page = document.AddPage();
            using var gfx = XGraphics.FromPdfPage(page);
            gfx.DrawString($"Tabel {p}. Jumlah Penduduk menurut Kecamatan, Kota Tarakan", heading, XBrushes.Black, 50, 60);
            for (var line = 0; line < 8; line++)
            {
                gfx.DrawString("Data bersumber dari Badan Pusat Statistik Kota Tarakan, hasil registrasi dan proyeksi penduduk tahunan.", body, XBrushes.Black, 50, 90 + (line * 12));
            }

            DrawTable(gfx, body, random, top: 200);
        }

        document.Save(path);
    }

    private static void DrawTable(XGraphics gfx, XFont font, Random random, double top)
    {
        string[] columns = ["Kecamatan", "2019", "2020", "2021", "2022", "2023"];
        string[] rows = ["Tarakan Timur", "Tarakan Tengah", "Tarakan Barat", "Tarakan Utara", "Jumlah"];
        const double cellWidth = 82, cellHeight = 20, left = 50;
        for (var r = 0; r <= rows.Length; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var x = left + (c * cellWidth);
                var y = top + (r * cellHeight);
                gfx.DrawRectangle(XPens.Gray, x, y, cellWidth, cellHeight);
                var text = r == 0 ? columns[c] : c == 0 ? rows[r - 1] : random.Next(20_000, 120_000).ToString("N0", CultureInfo.GetCultureInfo("id-ID"));
                gfx.DrawString(text, font, XBrushes.Black, x + 4, y + 14);
            }
        }
    }
}
