using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Host.Storage;
using Bot.Host.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Queue;

/// <summary>
/// Reads of the day's queue shared by the visitor's dialog, the staff side and the board: the
/// call order, a visitor's place and estimated wait, and the guest-book state of each number.
/// </summary>
internal sealed class QueueBook(BotDbContext db, IOptions<QueueOptions> options, TimeProvider clock)
{
    // Enough recent visits for a stable median, few enough to follow a change in the day's pace.
    private const int RecentVisits = 20;

    public DbSet<QueueTicket> Tickets => db.Set<QueueTicket>();

    public DateOnly Today => Wita.Today(clock.GetUtcNow());

    /// <summary>Today's waiting numbers (tracked), guest-book times filled in, in call order.</summary>
    public async Task<List<QueueTicket>> WaitingInCallOrderAsync(string? service, CancellationToken cancellationToken)
    {
        var today = Today;
        var waiting = await Tickets
            .Where(t => t.Day == today && t.Status == QueueTicketStatus.Waiting && (service == null || t.Service == service))
            .ToListAsync(cancellationToken);
        await FillGuestBookAsync(waiting, cancellationToken);
        return CallOrder(waiting);
    }

    /// <summary>Those whose guest book is done first (the promise runs for them), then by when the number was taken.</summary>
    public static List<QueueTicket> CallOrder(IEnumerable<QueueTicket> waiting) =>
        [.. waiting.OrderBy(t => t.ClockStart is null).ThenBy(t => t.ClockStart ?? t.TakenAt).ThenBy(t => t.Id)];

    /// <summary>
    /// A visitor may sign the guest book anywhere (the queue dialog, the account menu, the front
    /// office's own flow): the guest book itself says when. Tracked tickets get the time.
    /// </summary>
    public async Task FillGuestBookAsync(IReadOnlyCollection<QueueTicket> tickets, CancellationToken cancellationToken)
    {
        var open = tickets.Where(t => t.GuestBookAt is null && t.UserId is not null).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var users = open.Select(t => t.UserId!).Distinct().ToList();
        var days = open.Select(t => t.Day).Distinct().ToList();
        var entries = await db.Set<GuestBookEntry>().AsNoTracking()
            .Where(e => e.UserId != null && users.Contains(e.UserId) && days.Contains(e.Day))
            .Select(e => new { e.UserId, e.Day, e.VisitedAt })
            .ToListAsync(cancellationToken);
        foreach (var ticket in open)
        {
            if (entries.FirstOrDefault(e => e.UserId == ticket.UserId && e.Day == ticket.Day) is { } entry)
            {
                ticket.GuestBookAt = entry.VisitedAt;
            }
        }
    }

    /// <summary>The ticket's place: waiting numbers of its service taken before it, and the estimate.</summary>
    public async Task<QueuePlace> PlaceOfAsync(QueueTicket ticket, bool alreadyHad, CancellationToken cancellationToken)
    {
        var ahead = ticket.Status == QueueTicketStatus.Waiting
            ? await Tickets.CountAsync(t => t.Day == ticket.Day && t.Service == ticket.Service && t.Status == QueueTicketStatus.Waiting && t.Id < ticket.Id, cancellationToken)
            : 0;
        var perVisit = await MedianServiceMinutesAsync(cancellationToken);
        var estimate = (int)Math.Ceiling(Math.Max(1, ahead) * perVisit);
        var counter = ticket.Status == QueueTicketStatus.Called ? ticket.Counter : null;
        return new QueuePlace(ticket.Number, ticket.Service, ahead, estimate, ticket.GuestBookAt is not null, counter, alreadyHad);
    }

    /// <summary>The median service time of the last visits of the past week, or Queue:DefaultServiceMinutes.</summary>
    public async Task<double> MedianServiceMinutesAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-7);
        var recent = await Tickets.AsNoTracking()
            .Where(t => t.Status == QueueTicketStatus.Done && t.DoneAt >= since && t.LastCalledAt != null)
            .OrderByDescending(t => t.Id)
            .Take(RecentVisits)
            .Select(t => new { t.LastCalledAt, t.DoneAt })
            .ToListAsync(cancellationToken);
        var minutes = recent.Select(t => (t.DoneAt!.Value - t.LastCalledAt!.Value).TotalMinutes).ToList();
        return minutes.Count == 0 ? options.Value.DefaultServiceMinutes : Math.Max(0.5, Percentiles.Of(minutes, 50)!.Value);
    }
}
