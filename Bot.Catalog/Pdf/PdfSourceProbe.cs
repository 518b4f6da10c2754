using System.Text;

namespace Bot.Catalog.Pdf;

/// <summary>Cheap byte-level checks that tell a non-PDF or an encrypted PDF apart before or after PDFsharp fails.</summary>
internal static class PdfSourceProbe
{
    // The spec allows junk before the header; Acrobat accepts it within the first 1024 bytes.
    private const int HeaderWindow = 1024;
    private const int TrailerWindow = 64 * 1024;
    private static readonly byte[] Header = "%PDF-"u8.ToArray();
    private static readonly byte[] EncryptKey = "/Encrypt"u8.ToArray();

    public static bool HasPdfHeader(Stream seekable)
    {
        var head = Read(seekable, 0, HeaderWindow);
        return head.AsSpan().IndexOf(Header) >= 0;
    }

    /// <summary>
    /// True when the trailer (classic or cross-reference stream, both unencrypted dictionaries) names an /Encrypt entry.
    /// Used to explain a failed open, so encryption kinds PDFsharp does not even recognise are reported as such.
    /// </summary>
    public static bool MentionsEncryption(Stream seekable)
    {
        var start = Math.Max(0, seekable.Length - TrailerWindow);
        var tail = Read(seekable, start, TrailerWindow);
        return tail.AsSpan().IndexOf(EncryptKey) >= 0;
    }

    public static string Describe(Stream seekable)
    {
        var head = Read(seekable, 0, 16);
        var text = Encoding.ASCII.GetString(head).Trim();
        return head.Length == 0 ? "an empty file" : text.StartsWith('<') ? "an HTML or XML document" : "not a PDF";
    }

    private static byte[] Read(Stream seekable, long offset, int count)
    {
        var saved = seekable.Position;
        try
        {
            seekable.Position = offset;
            var buffer = new byte[(int)Math.Min(count, Math.Max(0, seekable.Length - offset))];
            seekable.ReadExactly(buffer);
            return buffer;
        }
        finally
        {
            seekable.Position = saved;
        }
    }
}
