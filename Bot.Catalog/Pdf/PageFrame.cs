using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Bot.Catalog.Pdf;

/// <summary>
/// The visible area of a page as the reader sees it: origin at the top-left corner of the displayed
/// crop box, y pointing down, after the page's /Rotate has been applied.
/// </summary>
/// <param name="Width">Displayed width in points.</param>
/// <param name="Height">Displayed height in points.</param>
/// <param name="ToUserSpace">Maps reader-frame points to PDF default user space.</param>
internal readonly record struct PageFrame(double Width, double Height, XMatrix ToUserSpace)
{
    private const string MediaBoxKey = "/MediaBox";
    private const string CropBoxKey = "/CropBox";

    // The spec requires a media box; Acrobat falls back to US Letter when a broken file has none.
    private static readonly (double Llx, double Lly, double Urx, double Ury) LetterSize = (0, 0, 612, 792);

    public static PageFrame Of(PdfPage page)
    {
        var box = VisibleBox(page);
        var (llx, lly, urx, ury) = box;
        var w = urx - llx;
        var h = ury - lly;

        // /Rotate turns the page clockwise for display; each case maps the displayed top-left corner
        // and axes back onto the unrotated user space. XMatrix is (m11, m12, m21, m22, dx, dy) with
        // x' = m11*x + m21*y + dx and y' = m12*x + m22*y + dy.
        return NormalizedRotation(page.Rotate) switch
        {
            90 => new PageFrame(h, w, new XMatrix(0, 1, 1, 0, llx, lly)),
            180 => new PageFrame(w, h, new XMatrix(-1, 0, 0, 1, urx, lly)),
            270 => new PageFrame(h, w, new XMatrix(0, -1, -1, 0, urx, ury)),
            _ => new PageFrame(w, h, new XMatrix(1, 0, 0, -1, llx, ury)),
        };
    }

    /// <summary>
    /// The world transform to give an XGraphics on <paramref name="page"/> so that drawing coordinates are
    /// reader-frame coordinates. PDFsharp maps world (x, y) to user space (x, pageHeight - y), where
    /// pageHeight is <see cref="PdfPage.Height"/> (which already swaps for odd /Rotate values); that flip is undone here.
    /// </summary>
    public XMatrix WorldTransformFor(PdfPage page)
    {
        var pdfSharpHeight = page.Height.Point;
        var t = ToUserSpace;
        return new XMatrix(t.M11, -t.M12, t.M21, -t.M22, t.OffsetX, pdfSharpHeight - t.OffsetY);
    }

    internal static int NormalizedRotation(int rotate)
    {
        var r = ((rotate % 360) + 360) % 360;
        // The spec only allows multiples of 90; viewers treat anything else as unrotated.
        return r % 90 == 0 ? r : 0;
    }

    private static (double Llx, double Lly, double Urx, double Ury) VisibleBox(PdfPage page)
    {
        // Only read boxes that exist: PDFsharp's box getters add an all-zero entry when the key is absent,
        // and a /CropBox [0 0 0 0] would make the page blank in viewers.
        var media = page.Elements.ContainsKey(MediaBoxKey) ? Normalize(page.MediaBox) : LetterSize;
        if (!page.Elements.ContainsKey(CropBoxKey))
        {
            return media;
        }

        var crop = Normalize(page.CropBox);
        if (IsEmpty(crop))
        {
            return media;
        }

        // Viewers show the crop box clipped to the media box.
        var clipped = (Math.Max(crop.Llx, media.Llx), Math.Max(crop.Lly, media.Lly), Math.Min(crop.Urx, media.Urx), Math.Min(crop.Ury, media.Ury));
        return IsEmpty(clipped) ? media : clipped;
    }

    private static (double Llx, double Lly, double Urx, double Ury) Normalize(PdfRectangle r) =>
        (Math.Min(r.X1, r.X2), Math.Min(r.Y1, r.Y2), Math.Max(r.X1, r.X2), Math.Max(r.Y1, r.Y2));

    private static bool IsEmpty((double Llx, double Lly, double Urx, double Ury) r) => r.Urx - r.Llx <= 0 || r.Ury - r.Lly <= 0;
}
