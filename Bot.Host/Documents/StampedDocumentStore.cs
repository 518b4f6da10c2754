using Bot.Catalog.Pdf;
using Bot.Dialogs.Model;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Documents;

/// <summary>
/// Produces a delivery's PDF when it is sent or opened: the catalogue's source stamped with the
/// user's name, masked email, the time and the delivery id. Nothing is stored; a failure comes
/// back as a reason, never half a file.
/// </summary>
public sealed partial class StampedDocumentStore(
    BotDbContext db,
    IDeliverySources sources,
    PdfWatermarker watermarker,
    ILogger<StampedDocumentStore> logger) : IDocumentStore
{
    public async Task<DocumentOpenResult> OpenAsync(string deliveryId, CancellationToken cancellationToken)
    {
        var record = await db.Set<DeliveryRecord>().FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (record?.UserId is null)
        {
            return DocumentOpenResult.Fail("The delivery does not exist or its user deleted their data.");
        }

        var recipient = await sources.GetRecipientAsync(record.UserId, cancellationToken);
        var path = sources.GetSourcePath(record.PublicationId);
        if (recipient is null || path is null || !File.Exists(path))
        {
            return DocumentOpenResult.Fail("The user or the source PDF is gone.");
        }

        var output = new MemoryStream();
        try
        {
            await using (var source = File.OpenRead(path))
            {
                // PDFsharp works synchronously on the whole document; keep it off the request thread.
                await Task.Run(() => watermarker.Stamp(source, output, new WatermarkInfo(recipient.Value.Name, recipient.Value.MaskedEmail, record.Id, record.CreatedAt) { PrintedAt = Formats.Moment(record.CreatedAt, Language.Id) }, cancellationToken), cancellationToken);
            }
        }
        catch (PdfStampException e)
        {
            LogStampFailed(logger, record.Id, record.PublicationId, e.Reason.ToString());
            await output.DisposeAsync();
            return DocumentOpenResult.Fail($"The source PDF cannot be stamped ({e.Reason}).");
        }

        record.Served++;
        await db.SaveChangesAsync(cancellationToken);
        output.Position = 0;
        return DocumentOpenResult.Ok(output, record.FileName, output.Length);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Stamping delivery {DeliveryId} of {PublicationId} failed: {Reason}")]
    private static partial void LogStampFailed(ILogger logger, string deliveryId, string publicationId, string reason);
}
