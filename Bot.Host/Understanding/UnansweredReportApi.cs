using System.Globalization;
using Bot.Dialogs.Model;
using Bot.Host.Staff;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Understanding;

/// <summary>
/// GET /api/staff/reports/unanswered?from=YYYY-MM-DD&amp;to=YYYY-MM-DD (WITA days, inclusive):
/// the texts the bot could not place, most frequent first, for the office to add to training.tsv.
/// </summary>
internal static class UnansweredReportApi
{
    private const int MaxDays = 366;
    private const int MaxRows = 500;

    public static RouteGroupBuilder MapUnansweredReport(this RouteGroupBuilder staff)
    {
        staff.MapGet("/reports/unanswered", GetAsync);
        return staff;
    }

    private static async Task<IResult> GetAsync(string? from, string? to, BotDbContext db, CancellationToken cancellationToken)
    {
        if (ParseDate(from) is not { } first || ParseDate(to) is not { } last)
        {
            return BadRequest("Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD (dates in WITA, both inclusive), e.g. ?from=2026-01-01&to=2026-01-31.");
        }

        if (last < first || last.DayNumber - first.DayNumber > MaxDays)
        {
            return BadRequest("'to' must be on or after 'from', and the period at most a year.");
        }

        var start = Wita.StartOfDay(first);
        var end = Wita.StartOfDay(last.AddDays(1));

        // Grouped in memory: SQLite stores the times as ticks, and a period holds few rows.
        var rows = await db.Set<UnansweredEntry>().AsNoTracking()
            .Where(u => u.SeenAt >= start && u.SeenAt < end)
            .Select(u => new { u.Text, u.SeenAt })
            .ToListAsync(cancellationToken);
        var items = rows.GroupBy(r => r.Text, StringComparer.Ordinal)
            .Select(g => new UnansweredItem(g.Key, g.Count(), Wita.ToWita(g.Max(r => r.SeenAt))))
            .OrderByDescending(i => i.Count).ThenByDescending(i => i.LastSeen)
            .Take(MaxRows)
            .ToList();
        return Results.Ok(new UnansweredReport(first, last, items));
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);
}

public sealed record UnansweredReport(DateOnly From, DateOnly To, IReadOnlyList<UnansweredItem> Items);

/// <summary>One text, how often it came, and when last (WITA).</summary>
public sealed record UnansweredItem(string Text, int Count, DateTimeOffset LastSeen);
