using PdfSharp.Fonts;

namespace Bot.Catalog.Pdf;

/// <summary>
/// Process-wide registration of the embedded DejaVu fonts with PDFsharp.
/// </summary>
public static class PdfFonts
{
    /// <summary>The family name to use with <c>XFont</c> for watermark text.</summary>
    public const string FamilyName = "DejaVu Sans";

    private static readonly Lock Gate = new();
    private static volatile bool _registered;

    /// <summary>
    /// Installs the embedded-font resolver once. Safe to call from any thread, any number of times.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another, foreign font resolver was installed first.</exception>
    public static void EnsureRegistered()
    {
        // PDFsharp allows the global resolver to be set only once per process, so the fast path
        // avoids the lock and the slow path tolerates an earlier registration of our own resolver.
        if (_registered)
        {
            return;
        }

        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = new DejaVuFontResolver();
                    break;
                case DejaVuFontResolver:
                    break;
                case var other:
                    throw new InvalidOperationException(
                        $"PDFsharp already uses the font resolver {other.GetType().FullName}; the watermark needs the embedded DejaVu fonts. " +
                        "Call PdfFonts.EnsureRegistered() before any other PDFsharp font use.");
            }

            _registered = true;
        }
    }
}
