using System.Text;
using Bot.Catalog.Publications;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Bot.Catalog.Demo;

/// <summary>
/// Renders a demo publication as an A4 PDF with PdfPig's builder and the standard Helvetica fonts
/// (no font files and no PDFsharp font resolver needed, so nothing clashes with the watermarking code).
/// </summary>
internal static class DemoPdfWriter
{
    private const double Left = 56;
    private const double Right = 539;
    private const double Top = 786;
    private const double Bottom = 70;

    public static byte[] Render(Publication p)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = Ascii(p.Title);
        builder.DocumentInformation.Author = Ascii(Publisher(p));
        builder.DocumentInformation.Producer = "PstBot demo catalogue";
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        Cover(builder.AddPage(PageSize.A4), p, regular, bold);
        var pageNumber = 2;
        foreach (var section in DemoContent.Sections(p))
        {
            Body(builder.AddPage(PageSize.A4), p, section, pageNumber++, regular, bold);
        }

        return builder.Build();
    }

    private static string Publisher(Publication p) =>
        p.CatalogNumber?.EndsWith("6500", StringComparison.Ordinal) == true
            ? "Badan Pusat Statistik Provinsi Kalimantan Utara"
            : "Badan Pusat Statistik Kota Tarakan";

    private static void Cover(PdfPageBuilder page, Publication p, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold)
    {
        page.SetStrokeColor(0, 84, 147);
        page.DrawRectangle(new PdfPoint(0, 760), 595, 82, 1, fill: false);
        page.AddText("BADAN PUSAT STATISTIK", 11, new PdfPoint(Left, 800), bold);
        var y = 640.0;
        foreach (var line in Wrap(p.Title, 34))
        {
            page.AddText(line, 24, new PdfPoint(Left, y), bold);
            y -= 30;
        }

        if (p.Subtitle is { } subtitle)
        {
            foreach (var line in Wrap(subtitle, 60))
            {
                page.AddText(line, 13, new PdfPoint(Left, y), regular);
                y -= 18;
            }
        }

        page.AddText(p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), 44, new PdfPoint(Left, y - 60), bold);
        var meta = new List<string>();
        if (p.CatalogNumber is { } catalog)
        {
            meta.Add("No. Katalog: " + catalog);
        }

        if (p.PublicationNumber is { } number)
        {
            meta.Add("No. Publikasi: " + number);
        }

        if (p.Issn is { } issn)
        {
            meta.Add("ISSN: " + issn);
        }

        if (p.ReleaseDate is { } date)
        {
            meta.Add("Tanggal Rilis: " + date.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        var metaY = 200.0;
        foreach (var line in meta)
        {
            page.AddText(line, 10, new PdfPoint(Left, metaY), regular);
            metaY -= 14;
        }

        page.DrawLine(new PdfPoint(Left, 110), new PdfPoint(Right, 110), 1);
        page.AddText(Publisher(p).ToUpperInvariant(), 13, new PdfPoint(Left, 88), bold);
        page.AddText(p.CatalogNumber?.EndsWith("6500", StringComparison.Ordinal) == true
            ? "BPS-Statistics of Kalimantan Utara Province"
            : "BPS-Statistics of Tarakan Municipality", 10, new PdfPoint(Left, 72), regular);
    }

    private static void Body(PdfPageBuilder page, Publication p, DemoSection section, int pageNumber, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold)
    {
        page.AddText(Ascii(p.Title), 8, new PdfPoint(Left, 812), regular);
        page.DrawLine(new PdfPoint(Left, 806), new PdfPoint(Right, 806), 0.5);
        var y = Top - 10;
        page.AddText(Ascii(section.Heading), 15, new PdfPoint(Left, y), bold);
        y -= 26;
        foreach (var paragraph in section.Paragraphs)
        {
            foreach (var line in Wrap(paragraph, 100))
            {
                page.AddText(line, 10, new PdfPoint(Left, y), regular);
                y -= 13;
            }

            y -= 8;
        }

        if (section.Table is { } table)
        {
            y -= 6;
            foreach (var line in Wrap(table.Caption, 90))
            {
                page.AddText(line, 10, new PdfPoint(Left, y), bold);
                y -= 13;
            }

            y -= 4;
            Table(page, table, y, regular, bold);
        }

        page.DrawLine(new PdfPoint(Left, Bottom - 14), new PdfPoint(Right, Bottom - 14), 0.5);
        page.AddText(Publisher(p), 8, new PdfPoint(Left, Bottom - 28), regular);
        page.AddText(pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), 8, new PdfPoint(Right - 10, Bottom - 28), regular);
    }

    private static void Table(PdfPageBuilder page, DemoTable table, double y, PdfDocumentBuilder.AddedFont regular, PdfDocumentBuilder.AddedFont bold)
    {
        // First column gets the room it needs for labels; numbers share the rest.
        var longestLabel = table.Rows.Select(r => r[0].Length).Append(table.Columns[0].Length).Max();
        var firstWidth = table.Columns.Length > 2 ? Math.Clamp((longestLabel * 4.6) + 12, 60, 200) : 300.0;
        var otherWidth = (Right - Left - firstWidth) / Math.Max(1, table.Columns.Length - 1);
        double ColumnX(int i) => i == 0 ? Left : Left + firstWidth + ((i - 1) * otherWidth);

        page.DrawLine(new PdfPoint(Left, y + 12), new PdfPoint(Right, y + 12), 0.8);
        for (var i = 0; i < table.Columns.Length; i++)
        {
            page.AddText(Ascii(Truncate(table.Columns[i], i == 0 ? 40 : (int)(otherWidth / 4.4))), 8, new PdfPoint(ColumnX(i) + 2, y), bold);
        }

        y -= 6;
        page.DrawLine(new PdfPoint(Left, y), new PdfPoint(Right, y), 0.5);
        y -= 12;
        foreach (var row in table.Rows)
        {
            if (y < Bottom)
            {
                break;
            }

            for (var i = 0; i < row.Length && i < table.Columns.Length; i++)
            {
                page.AddText(Ascii(Truncate(row[i], i == 0 ? 45 : 18)), 8.5, new PdfPoint(ColumnX(i) + 2, y), regular);
            }

            y -= 13;
        }

        page.DrawLine(new PdfPoint(Left, y + 8), new PdfPoint(Right, y + 8), 0.8);
        page.AddText("Sumber: Badan Pusat Statistik (data ilustrasi untuk katalog demo)", 7, new PdfPoint(Left, y - 4), regular);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..Math.Max(1, max - 1)] + ".";

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in Ascii(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>Standard-14 fonts only cover WinAnsi; demo text is ASCII, anything else becomes '?'.</summary>
    private static string Ascii(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is < ' ' or > '~')
            {
                chars[i] = chars[i] is '\n' or '\t' ? ' ' : '?';
            }
        }

        return new string(chars);
    }
}
