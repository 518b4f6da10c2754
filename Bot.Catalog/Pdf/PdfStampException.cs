namespace Bot.Catalog.Pdf;

/// <summary>
/// Thrown when a source PDF cannot be watermarked. Nothing has been written to the destination when this is thrown.
/// </summary>
public sealed class PdfStampException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PdfStampException(PdfStampFailureReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>The category of the failure, for callers that choose a user-facing reply.</summary>
    public PdfStampFailureReason Reason { get; }
}
