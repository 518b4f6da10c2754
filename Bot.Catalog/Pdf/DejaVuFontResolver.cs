using System.Reflection;
using PdfSharp.Fonts;

namespace Bot.Catalog.Pdf;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly for every family PDFsharp asks for,
/// so stamping never depends on the fonts installed on the host (containers often have none).
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    internal const string RegularFace = "PstBot-DejaVuSans";
    internal const string BoldFace = "PstBot-DejaVuSans-Bold";

    // Font files are read once per process; PDFsharp caches the parsed faces itself.
    private static readonly Lazy<byte[]> Regular = new(() => Load("PstBot.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("PstBot.Fonts.DejaVuSans-Bold.ttf"));

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        // Any family maps to DejaVu: a watermark must render even if a caller names a font we do not ship.
        // DejaVu Sans has no italic face here, so PDFsharp simulates the slant.
        return new FontResolverInfo(isBold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: isItalic);
    }

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static byte[] Load(string resourceName)
    {
        using var stream = typeof(DejaVuFontResolver).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded font '{resourceName}' is missing from {typeof(DejaVuFontResolver).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
