namespace Bot.Catalog.Import;

/// <summary>Why a file could not be read as a PDF.</summary>
public enum PdfProblem
{
    /// <summary>The file does not exist or cannot be opened.</summary>
    Missing,

    /// <summary>The file does not start with a PDF header.</summary>
    NotPdf,

    /// <summary>The PDF is encrypted (password protected); we cannot index or watermark it.</summary>
    Encrypted,

    /// <summary>The PDF is structurally broken.</summary>
    Damaged,
}
