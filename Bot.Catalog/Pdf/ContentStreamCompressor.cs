using System.IO.Compression;
using PdfSharp.Pdf;

namespace Bot.Catalog.Pdf;

/// <summary>
/// Deflates a page's content streams with .NET's zlib. PDFsharp 6.2.4's own Flate encoder leaves the zlib
/// stream unterminated (qpdf --check warns "input stream is complete but output may still be valid" and exits 3),
/// so the watermarker turns PDFsharp's compression off and compresses here instead. Doing it page by page also
/// keeps only compressed content in memory while the rest of the document is stamped.
/// </summary>
internal static class ContentStreamCompressor
{
    private const string FilterKey = "/Filter";

    public static void Compress(PdfPage page)
    {
        foreach (var content in page.Contents)
        {
            var stream = content.Stream;
            if (stream is null || content.Elements.ContainsKey(FilterKey))
            {
                continue;
            }

            stream.Value = Deflate(stream.Value);
            content.Elements.SetName(FilterKey, "/FlateDecode");
            content.Elements.SetInteger("/Length", stream.Length);
        }
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream(Math.Max(256, data.Length / 3));
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
