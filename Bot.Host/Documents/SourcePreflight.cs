using System.Collections.Concurrent;
using Bot.Catalog.Pdf;
using Bot.Dialogs.Model;

namespace Bot.Host.Documents;

/// <summary>
/// Checks, before promising a document to a user, that its source PDF can be stamped: missing,
/// encrypted and damaged files are caught in the dialog, where the user gets an apology,
/// rather than at send time. Results are remembered per file version.
/// </summary>
public sealed class SourcePreflight(PdfWatermarker watermarker)
{
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), string?> _checked = new();

    /// <summary>Null when the file can be stamped; otherwise the reason, for staff.</summary>
    public string? Check(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return "The source PDF is missing.";
        }

        var info = new FileInfo(path);
        return _checked.GetOrAdd((path, info.Length, info.LastWriteTimeUtc), key =>
        {
            try
            {
                using var source = File.OpenRead(key.Path);
                watermarker.Stamp(source, Stream.Null, new WatermarkInfo("check", "c***k@example.com", "DL-CHECK", DateTimeOffset.UnixEpoch) { PrintedAt = Formats.Moment(DateTimeOffset.UnixEpoch, Language.Id) });
                return null;
            }
            catch (PdfStampException e)
            {
                return $"{e.Reason}: {e.Message}";
            }
        });
    }
}
