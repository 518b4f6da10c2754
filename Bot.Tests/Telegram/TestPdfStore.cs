using Bot.Host.Documents;
using PdfSharp.Pdf;

namespace Bot.Tests.Telegram;

/// <summary>
/// Stands in for the stamping document store (built elsewhere): a real one-page PDF made with
/// PDFsharp, or a failure when the delivery id says so.
/// </summary>
internal sealed class TestPdfStore : IDocumentStore
{
    public const string FailingDelivery = "broken";

    public static byte[] Pdf { get; } = MakePdf();

    public Task<DocumentOpenResult> OpenAsync(string deliveryId, CancellationToken cancellationToken) =>
        Task.FromResult(deliveryId == FailingDelivery
            ? DocumentOpenResult.Fail("The publication file is missing.")
            : DocumentOpenResult.Ok(new MemoryStream(Pdf), "statistik-tarakan-2025.pdf", Pdf.Length));

    private static byte[] MakePdf()
    {
        using var document = new PdfDocument();
        document.Info.Title = "Kota Tarakan Dalam Angka";
        document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
