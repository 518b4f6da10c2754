using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Documents;

/// <summary>
/// Produces a delivery's PDF when it is sent or opened: the catalogue's source stamped with the
/// user's name, masked email, the time and the delivery id. Nothing is stored on disk; the copy
/// is kept briefly in memory (<see cref="StampedCopies"/>). A failure comes back as a reason,
/// never half a file.
/// </summary>
public sealed class StampedDocumentStore(BotDbContext db, StampedCopies copies) : IDocumentStore
{
    public async Task<DocumentOpenResult> OpenAsync(string deliveryId, CancellationToken cancellationToken)
    {
        // Checked on every open, kept copy or not: after erasure the user's name is never served.
        var stillTheirs = await db.Set<DeliveryRecord>().AsNoTracking().AnyAsync(d => d.Id == deliveryId && d.UserId != null, cancellationToken);
        if (!stillTheirs)
        {
            return DocumentOpenResult.Fail("The delivery does not exist or its user deleted their data.");
        }

        return await copies.OpenAsync(deliveryId, cancellationToken);
    }
}
