using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Bot.Catalog.Pdf;

/// <summary>
/// Produces "softcopy berwatermark": a copy of a publication PDF with, on every page, a translucent diagonal
/// stamp (office and user name) and an extractable footer naming the user, the time (WITA) and the download id.
/// The download id is also recorded in the document information dictionary.
/// </summary>
/// <remarks>
/// PDFsharp loads the whole document, so memory grows with the source size; output is built in memory
/// (stream overload) or in a temporary file next to the destination (file overload), never half-written.
/// Instances are stateless and thread-safe.
/// </remarks>
public sealed class PdfWatermarker
{
    /// <summary>Custom key of the information dictionary that holds the download id.</summary>
    public const string DownloadIdKey = "/PstDownloadId";

    /// <summary>Custom key of the information dictionary that holds the download time (ISO 8601).</summary>
    public const string DownloadedAtKey = "/PstDownloadedAt";

    /// <summary>
    /// Stamps <paramref name="source"/> (read from its beginning) and writes the result to <paramref name="destination"/>.
    /// </summary>
    /// <param name="source">The original PDF. Non-seekable streams are buffered first.</param>
    /// <param name="destination">Receives the stamped PDF; untouched when an exception is thrown.</param>
    /// <param name="info">What to print.</param>
    /// <param name="cancellationToken">Checked between pages.</param>
    /// <returns>The page count and the number of bytes written.</returns>
    /// <exception cref="PdfStampException">The source is not a PDF, is encrypted, or is damaged.</exception>
    public PdfStampResult Stamp(Stream source, Stream destination, WatermarkInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        Validate(info);

        using var document = OpenAndStamp(source, info, cancellationToken);
        var pageCount = document.PageCount; // PDFsharp refuses any access after Save.
        using var buffer = new MemoryStream();
        Save(document, buffer);
        cancellationToken.ThrowIfCancellationRequested();
        buffer.WriteTo(destination);
        return new PdfStampResult(pageCount, buffer.Length);
    }

    /// <summary>
    /// Stamps the file at <paramref name="sourcePath"/> into <paramref name="destinationPath"/> atomically: the result is
    /// written to a temporary file in the destination directory and moved over the destination only on success.
    /// </summary>
    /// <exception cref="PdfStampException">The source is missing, not a PDF, encrypted, or damaged.</exception>
    public PdfStampResult StampFile(string sourcePath, string destinationPath, WatermarkInfo info, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        Validate(info);

        using var source = OpenSource(sourcePath);
        using var document = OpenAndStamp(source, info, cancellationToken);
        var pageCount = document.PageCount; // PDFsharp refuses any access after Save.

        var target = Path.GetFullPath(destinationPath);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            long length;
            using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                Save(document, output);
                cancellationToken.ThrowIfCancellationRequested();
                output.Flush(flushToDisk: true);
                length = output.Length;
            }

            // Same directory, so the move is a rename: readers see the old file or the complete new one.
            File.Move(temp, target, overwrite: true);
            return new PdfStampResult(pageCount, length);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static FileStream OpenSource(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new PdfStampException(PdfStampFailureReason.Missing, $"The source PDF '{path}' does not exist.", ex);
        }
    }

    private static PdfDocument OpenAndStamp(Stream source, WatermarkInfo info, CancellationToken cancellationToken)
    {
        PdfFonts.EnsureRegistered();
        cancellationToken.ThrowIfCancellationRequested();

        // PDFsharp seeks around the file (xref, object offsets), so it needs a seekable stream.
        using var buffered = source.CanSeek ? null : Buffer(source);
        var seekable = buffered ?? source;
        seekable.Position = 0;

        if (!PdfSourceProbe.HasPdfHeader(seekable))
        {
            throw new PdfStampException(PdfStampFailureReason.NotPdf,
                $"The source is {PdfSourceProbe.Describe(seekable)}: no '%PDF-' header in its first 1024 bytes.");
        }

        var document = Open(seekable);
        try
        {
            var painter = new WatermarkPainter(info);
            foreach (var page in document.Pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                painter.Paint(page);
                ContentStreamCompressor.Compress(page);
            }

            WriteMetadata(document, info);
            return document;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not PdfStampException)
        {
            document.Dispose();
            throw Damaged(ex);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static PdfDocument Open(Stream seekable)
    {
        var askedForPassword = false;
        try
        {
            // No password is ever supplied: a document we cannot modify without one is refused, not cracked.
            var document = PdfReader.Open(seekable, PdfDocumentOpenMode.Modify, args =>
            {
                askedForPassword = true;
                args.Abort = true;
            });

            // PDFsharp returns null instead of throwing when the password prompt is aborted.
            return document ?? throw Encrypted(null);
        }
        catch (PdfStampException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            seekable.Position = 0;
            if (askedForPassword || PdfSourceProbe.MentionsEncryption(seekable))
            {
                throw Encrypted(ex);
            }

            throw Damaged(ex);
        }
    }

    private static void Save(PdfDocument document, Stream output)
    {
        // PDFsharp's Flate output is unterminated (see ContentStreamCompressor): content streams are already
        // compressed per page, and the few streams PDFsharp creates itself (font subsets, ToUnicode maps) stay raw.
        document.Options.CompressContentStreams = false;
        document.Options.NoCompression = true;
        try
        {
            document.Save(output, closeStream: false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not IOException)
        {
            throw Damaged(ex);
        }
    }

    private static void WriteMetadata(PdfDocument document, WatermarkInfo info)
    {
        var meta = document.Info;
        meta.Elements.SetString(DownloadIdKey, info.DownloadId);
        meta.Elements.SetString(DownloadedAtKey, info.Timestamp.ToString("O", CultureInfo.InvariantCulture));

        // Keywords as well, because most viewers show them while custom keys stay hidden.
        var marker = $"PstDownloadId:{info.DownloadId}";
        var keywords = meta.Keywords;
        meta.Keywords = string.IsNullOrWhiteSpace(keywords) ? marker : $"{keywords}; {marker}";
    }

    private static MemoryStream Buffer(Stream source)
    {
        var copy = new MemoryStream();
        source.CopyTo(copy);
        return copy;
    }

    private static PdfStampException Encrypted(Exception? ex) =>
        new(PdfStampFailureReason.Encrypted,
            "The source PDF is encrypted (password-protected or restricted) and cannot be watermarked; upload an unprotected copy.", ex);

    private static PdfStampException Damaged(Exception ex) =>
        new(PdfStampFailureReason.Damaged, $"The source PDF is damaged or truncated and cannot be read: {ex.Message}", ex);

    private static void Validate(WatermarkInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentException.ThrowIfNullOrWhiteSpace(info.UserName, nameof(info));
        ArgumentException.ThrowIfNullOrWhiteSpace(info.MaskedEmail, nameof(info));
        ArgumentException.ThrowIfNullOrWhiteSpace(info.DownloadId, nameof(info));
        ArgumentException.ThrowIfNullOrWhiteSpace(info.OfficeName, nameof(info));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a stray hidden temp file is better than masking the original error.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
