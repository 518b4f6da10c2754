using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Bot.Catalog.Import;

/// <summary>Extracts page count and text from PDFs with PdfPig; every failure becomes a <see cref="PdfExtractionException"/>.</summary>
public static class PdfTextExtractor
{
    /// <summary>Text beyond this many characters is not indexed: huge scanned annexes would bloat the index for little recall.</summary>
    public const int MaxTextChars = 2_000_000;

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="PdfExtractionException">The file is missing, not a PDF, encrypted or damaged.</exception>
    public static PdfContent Extract(string path)
    {
        long size;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new PdfExtractionException(PdfProblem.Missing, $"file not found: {path}");
            }

            size = info.Length;
            if (!HasPdfHeader(path))
            {
                throw new PdfExtractionException(PdfProblem.NotPdf, "not a PDF (no %PDF- header)");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PdfExtractionException(PdfProblem.Missing, $"cannot open file: {ex.Message}", ex);
        }

        try
        {
            using var document = PdfDocument.Open(path);
            if (document.IsEncrypted)
            {
                throw new PdfExtractionException(PdfProblem.Encrypted, "the PDF is encrypted");
            }

            var pages = new List<string>(document.NumberOfPages);
            var budget = MaxTextChars;
            foreach (var page in document.GetPages())
            {
                var text = budget > 0 ? PageText(page) : string.Empty;
                if (text.Length > budget)
                {
                    text = text[..budget];
                }

                budget -= text.Length;
                pages.Add(text);
            }

            if (pages.Count == 0)
            {
                throw new PdfExtractionException(PdfProblem.Damaged, "the PDF has no pages");
            }

            return new PdfContent(pages.Count, pages, size);
        }
        catch (PdfExtractionException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new PdfExtractionException(PdfProblem.Encrypted, "the PDF is encrypted", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig throws a variety of types for broken files; all of them mean "damaged" to us.
            throw new PdfExtractionException(PdfProblem.Damaged, $"the PDF is damaged: {ex.Message}", ex);
        }
    }

    private static bool HasPdfHeader(string path)
    {
        // The spec allows junk before the header within the first 1024 bytes.
        using var stream = File.OpenRead(path);
        var buffer = new byte[1024];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer.AsSpan(0, read).IndexOf("%PDF-"u8) >= 0;
    }

    private static string PageText(UglyToad.PdfPig.Content.Page page)
    {
        var builder = new StringBuilder();
        foreach (var word in page.GetWords())
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word.Text);
        }

        return builder.ToString();
    }
}
