namespace Bot.Catalog.Import;

/// <summary>A PDF could not be read; <see cref="Problem"/> says why.</summary>
public sealed class PdfExtractionException : Exception
{
    public PdfExtractionException(PdfProblem problem, string message, Exception? inner = null)
        : base(message, inner) => Problem = problem;

    public PdfExtractionException()
        : this(PdfProblem.Damaged, "The PDF could not be read.")
    {
    }

    public PdfExtractionException(string message)
        : this(PdfProblem.Damaged, message)
    {
    }

    public PdfExtractionException(string message, Exception innerException)
        : this(PdfProblem.Damaged, message, innerException)
    {
    }

    /// <summary>The kind of problem.</summary>
    public PdfProblem Problem { get; }
}
