using Bot.Dialogs.Model;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Tickets;

/// <summary>
/// ADU-YYYYMMDD-NNN: the office's date (WITA) and that day's running number. Counted inside the
/// turn's transaction, which SQLite serialises; on PostgreSQL the unique index on the number
/// makes a rare collision fail the turn, which the worker retries with the next number.
/// </summary>
internal static class TicketNumbers
{
    public static async Task<string> NextAsync(BotDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = $"ADU-{Wita.Today(now):yyyyMMdd}-";
        var today = await db.Set<Ticket>().CountAsync(t => t.Number.StartsWith(prefix), cancellationToken);
        return $"{prefix}{today + 1:000}";
    }
}
