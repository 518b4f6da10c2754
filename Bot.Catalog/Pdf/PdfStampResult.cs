namespace Bot.Catalog.Pdf;

/// <summary>Outcome of a successful stamp.</summary>
/// <param name="PageCount">Number of pages stamped.</param>
/// <param name="OutputBytes">Size of the written PDF in bytes.</param>
public sealed record PdfStampResult(int PageCount, long OutputBytes);
