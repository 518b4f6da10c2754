namespace Bot.Catalog.Pdf;

/// <summary>Why a source PDF could not be watermarked.</summary>
public enum PdfStampFailureReason
{
    /// <summary>The source file does not exist.</summary>
    Missing,

    /// <summary>The source is encrypted and PDFsharp cannot open it for modification without a password.</summary>
    Encrypted,

    /// <summary>The source starts like a PDF but is truncated or structurally broken.</summary>
    Damaged,

    /// <summary>The source is not a PDF at all (empty, HTML, random bytes...).</summary>
    NotPdf,
}
