using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Bot.Catalog.Pdf;

/// <summary>Draws the diagonal stamp and the footer on one page, upright for the reader.</summary>
internal sealed class WatermarkPainter
{
    private const double FooterMaxSize = 8;
    private const double ProbeSize = 100;

    // About 15% opacity: PDFsharp turns the brush alpha into an ExtGState (/ca), so content stays readable underneath.
    // Brushes are per painter (one per stamp call) because PDFsharp objects are not documented as thread-safe.
    private readonly XSolidBrush _stampBrush = new(XColor.FromArgb(38, 120, 20, 20));
    private readonly XSolidBrush _footerBrush = new(XColor.FromArgb(255, 60, 60, 60));

    // Unicode encoding writes a ToUnicode map, so extractors read names with any script correctly.
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);

    private readonly string _footer;
    private readonly string _office;
    private readonly string _user;
    private readonly XFont _footerProbe;
    private readonly XFont _boldProbe;
    private readonly XFont _regularProbe;

    public WatermarkPainter(WatermarkInfo info)
    {
        _footer = WatermarkText.Footer(info);
        _office = info.OfficeName;
        _user = info.UserName;
        _footerProbe = new XFont(PdfFonts.FamilyName, FooterMaxSize, XFontStyleEx.Regular, FontOptions);
        _boldProbe = new XFont(PdfFonts.FamilyName, ProbeSize, XFontStyleEx.Bold, FontOptions);
        _regularProbe = new XFont(PdfFonts.FamilyName, ProbeSize, XFontStyleEx.Regular, FontOptions);
    }

    public void Paint(PdfPage page)
    {
        var frame = PageFrame.Of(page);
        if (frame.Width < 1 || frame.Height < 1)
        {
            return; // Nothing visible to stamp on.
        }

        using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        gfx.MultiplyTransform(frame.WorldTransformFor(page));
        DrawDiagonal(gfx, frame);
        DrawFooter(gfx, frame);
    }

    private void DrawDiagonal(XGraphics gfx, PageFrame frame)
    {
        var diagonal = Math.Sqrt((frame.Width * frame.Width) + (frame.Height * frame.Height));
        var target = diagonal * 0.7;
        var cap = Math.Min(frame.Width, frame.Height) * 0.12;

        var officeSize = Math.Min(cap, ProbeSize * target / gfx.MeasureString(_office, _boldProbe).Width);
        var userSize = Math.Min(officeSize * 0.8, ProbeSize * target / gfx.MeasureString(_user, _regularProbe).Width);

        var state = gfx.Save();
        gfx.TranslateTransform(frame.Width / 2, frame.Height / 2);
        // Negative angle: in the y-down reader frame this runs from bottom-left up to top-right.
        gfx.RotateTransform(-Math.Atan2(frame.Height, frame.Width) * 180 / Math.PI);

        var officeFont = new XFont(PdfFonts.FamilyName, officeSize, XFontStyleEx.Bold, FontOptions);
        var userFont = new XFont(PdfFonts.FamilyName, userSize, XFontStyleEx.Regular, FontOptions);
        gfx.DrawString(_office, officeFont, _stampBrush, new XPoint(0, -officeSize * 0.15), XStringFormats.BottomCenter);
        gfx.DrawString(_user, userFont, _stampBrush, new XPoint(0, userSize * 0.15), XStringFormats.TopCenter);
        gfx.Restore(state);
    }

    private void DrawFooter(XGraphics gfx, PageFrame frame)
    {
        var margin = Math.Clamp(frame.Width * 0.04, 4, 28);
        var available = frame.Width - (2 * margin);
        var width = gfx.MeasureString(_footer, _footerProbe).Width;
        var size = width <= available ? FooterMaxSize : FooterMaxSize * available / width;
        var font = size == FooterMaxSize ? _footerProbe : new XFont(PdfFonts.FamilyName, size, XFontStyleEx.Regular, FontOptions);

        var baseline = frame.Height - Math.Clamp(frame.Height * 0.02, 3, 14);
        gfx.DrawString(_footer, font, _footerBrush, new XPoint(frame.Width / 2, baseline), XStringFormats.BaseLineCenter);
    }
}
