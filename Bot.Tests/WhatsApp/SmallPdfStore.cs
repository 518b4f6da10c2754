using Bot.Host.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Bot.Tests.WhatsApp;

/// <summary>
/// A document store for the channel tests (the real one stamps catalogue PDFs): each delivery
/// id is a real one-page PDF naming it; unknown ids fail as the real store does.
/// </summary>
public sealed class SmallPdfStore : IDocumentStore
{
    public const string KnownDelivery = "dl-0001";

    public List<string> Opened { get; } = [];

    public static byte[] MakePdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        page.AddText(text, 12, new PdfPoint(50, 750), font);
        return builder.Build();
    }

    public Task<DocumentOpenResult> OpenAsync(string deliveryId, CancellationToken cancellationToken)
    {
        lock (Opened)
        {
            Opened.Add(deliveryId);
        }

        if (deliveryId != KnownDelivery)
        {
            return Task.FromResult(DocumentOpenResult.Fail("No such delivery."));
        }

        var bytes = MakePdf("Statistik Daerah Kota Tarakan 2025 " + deliveryId);
        return Task.FromResult(DocumentOpenResult.Ok(new MemoryStream(bytes), "statistik-daerah-tarakan-2025.pdf", bytes.Length));
    }
}
