using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Users;

/// <summary>The guest book in the database; days counted in WITA. Entries commit with the turn.</summary>
public sealed class GuestBookStore(BotDbContext db, TurnScope turn, TimeProvider clock) : IGuestBook, IUserDataEraser
{
    private DbSet<GuestBookEntry> Entries => db.Set<GuestBookEntry>();

    public async Task<bool> HasSignedTodayAsync(string userId, CancellationToken cancellationToken)
    {
        var today = Wita.Today(clock.GetUtcNow());
        return Entries.Local.Any(e => e.UserId == userId && e.Day == today)
            || await Entries.AnyAsync(e => e.UserId == userId && e.Day == today, cancellationToken);
    }

    public async Task SignAsync(string userId, string purpose, string? lookingFor, CancellationToken cancellationToken)
    {
        if (!VisitPurposes.All.Contains(purpose))
        {
            throw new ArgumentException($"Unknown visit purpose '{purpose}'.", nameof(purpose));
        }

        if (await HasSignedTodayAsync(userId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var occupation = await db.Set<UserAccount>().Where(u => u.Id == userId).Select(u => u.Occupation).FirstOrDefaultAsync(cancellationToken);
        Entries.Add(new GuestBookEntry
        {
            UserId = userId,
            Day = Wita.Today(now),
            VisitedAt = now,
            Channel = turn.Conversation.Channel,
            Purpose = purpose,
            LookingFor = string.IsNullOrWhiteSpace(lookingFor) ? null : lookingFor.Trim(),
            Occupation = occupation,
        });
    }

    /// <summary>Keeps the visits for statistics (day, channel, purpose, occupation) without the person.</summary>
    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        foreach (var entry in await Entries.Where(e => e.UserId == userId).ToListAsync(cancellationToken))
        {
            entry.UserId = null;
            entry.LookingFor = null;
        }
    }
}
