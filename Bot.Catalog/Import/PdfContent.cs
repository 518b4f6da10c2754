namespace Bot.Catalog.Import;

/// <summary>Text extracted from a PDF.</summary>
/// <param name="PageCount">Number of pages.</param>
/// <param name="Pages">Text of each page (words separated by single spaces).</param>
/// <param name="SizeBytes">File size.</param>
public sealed record PdfContent(int PageCount, IReadOnlyList<string> Pages, long SizeBytes)
{
    /// <summary>All pages joined with blank lines.</summary>
    public string FullText => string.Join("\n\n", Pages);
}
