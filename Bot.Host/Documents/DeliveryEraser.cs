using Bot.Host.Storage;
using Bot.Host.Users;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Documents;

/// <summary>On "hapus data saya": reads and downloads stay as anonymous counts, without the user.</summary>
internal sealed class DeliveryEraser(BotDbContext db) : IUserDataEraser
{
    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        foreach (var record in await db.Set<DeliveryRecord>().Where(d => d.UserId == userId).ToListAsync(cancellationToken))
        {
            record.UserId = null;
        }
    }
}
