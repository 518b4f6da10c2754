using UglyToad.PdfPig.Content;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Bot.Tests.Pdf;

/// <summary>Reads a stamped PDF back with PdfPig, independently of PDFsharp.</summary>
internal static class StampedPdf
{
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        return document.GetPages().Select(p => p.Text).ToList();
    }

    /// <summary>The letters of <paramref name="text"/> as drawn on <paramref name="page"/>, or null when absent.</summary>
    public static IReadOnlyList<Letter>? FindLetters(Page page, string text)
    {
        var letters = page.Letters;
        var joined = string.Concat(letters.Select(l => l.Value));
        var index = joined.IndexOf(text, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        // Map the character offset back to letters (a letter may carry more than one char).
        var result = new List<Letter>();
        var offset = 0;
        foreach (var letter in letters)
        {
            if (offset >= index && offset < index + text.Length)
            {
                result.Add(letter);
            }

            offset += letter.Value.Length;
        }

        return result;
    }
}
