using Bot.Catalog.Publications;

namespace Bot.Catalog.Import;

/// <summary>Validates a manifest completely: metadata (via <see cref="ManifestReader"/>) and every PDF's readability.</summary>
public static class ManifestValidator
{
    /// <summary>Validates the manifest at <paramref name="manifestPath"/>; reports every problem, never throws for bad content.</summary>
    public static ManifestValidation Validate(string manifestPath, CancellationToken cancellationToken = default) =>
        Validate(ManifestReader.ReadFile(manifestPath), cancellationToken);

    /// <summary>Adds PDF checks to an already read manifest.</summary>
    public static ManifestValidation Validate(ManifestReadResult read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var errors = new List<ManifestError>(read.Errors);
        var valid = new List<ValidatedEntry>();
        foreach (var entry in read.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                valid.Add(new ValidatedEntry(entry, PdfTextExtractor.Extract(entry.SourcePath)));
            }
            catch (PdfExtractionException ex)
            {
                errors.Add(new ManifestError(entry.Index, entry.Publication.Id, "file", $"\"{entry.Publication.File}\": {Describe(ex)}"));
            }
        }

        errors.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new ManifestValidation(valid, errors);
    }

    private static string Describe(PdfExtractionException ex) => ex.Problem switch
    {
        PdfProblem.Missing => "file is missing or unreadable",
        PdfProblem.NotPdf => "not a PDF",
        PdfProblem.Encrypted => "PDF is encrypted (password protected); publish an unprotected copy",
        _ => "PDF is damaged and cannot be read",
    };
}
