using Bot.Dialogs.Content;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Queue;

/// <summary>
/// What the waiting-room board shows: numbers, counters and how many wait per service. Nothing
/// else leaves through the board (it is public): no channel, no name, no times of the guest book.
/// </summary>
internal sealed record BoardSnapshot(string Office, DateOnly Day, BoardCall? Latest, IReadOnlyList<BoardCall> Serving, IReadOnlyList<BoardCall> Recent, IReadOnlyList<BoardWaiting> Waiting)
{
    private const int RecentCalls = 6;

    public static async Task<BoardSnapshot> ReadAsync(QueueBook book, ServiceContent content, CancellationToken cancellationToken)
    {
        var today = book.Today;
        var tickets = await book.Tickets.AsNoTracking()
            .Where(t => t.Day == today)
            .Select(t => new { t.Number, t.Service, t.Status, t.Counter, t.LastCalledAt, t.Calls, t.Id })
            .ToListAsync(cancellationToken);
        var calls = tickets.Where(t => t.LastCalledAt != null)
            .OrderByDescending(t => t.LastCalledAt).ThenByDescending(t => t.Id)
            .Select(t => (t.Status, Call: new BoardCall(t.Number, t.Counter ?? "", t.Service, t.Calls, t.LastCalledAt!.Value)))
            .ToList();
        var serving = calls.Where(c => c.Status == QueueTicketStatus.Called)
            .GroupBy(c => c.Call.Counter).Select(g => g.First().Call).OrderBy(c => c.Counter, StringComparer.Ordinal).ToList();
        var waiting = content.QueueServices.Services
            .Select(s => new BoardWaiting(s.Letter, s.Name.Id, tickets.Count(t => t.Service == s.Letter && t.Status == QueueTicketStatus.Waiting)))
            .ToList();
        return new BoardSnapshot(content.Office.Name, today, calls.Count > 0 ? calls[0].Call : null, serving, [.. calls.Take(RecentCalls).Select(c => c.Call)], waiting);
    }
}

/// <summary>A call on the board. <see cref="Calls"/> grows with each recall, so the board chimes again.</summary>
internal sealed record BoardCall(string Number, string Counter, string Service, int Calls, DateTimeOffset At);

internal sealed record BoardWaiting(string Service, string Name, int Count);
