using Bot.Host.Storage;
using Bot.Host.Users;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Documents;

/// <summary>
/// On "hapus data saya": reads and downloads stay as anonymous counts, without the user, and
/// their stamped copies kept in memory (which carry the name) are dropped.
/// </summary>
internal sealed class DeliveryEraser(BotDbContext db, StampedCopies copies) : IUserDataEraser
{
    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var records = await db.Set<DeliveryRecord>().Where(d => d.UserId == userId).ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            record.UserId = null;
        }

        copies.Forget(records.Select(r => r.Id));
    }
}
