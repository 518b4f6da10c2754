using System.Globalization;
using Bot.Dialogs.Model;
using Bot.Host.Ratings;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Staff;

/// <summary>
/// GET /api/staff/reports/ikm?from=YYYY-MM-DD&amp;to=YYYY-MM-DD (dates in WITA, inclusive; CSV with Accept: text/csv)
/// and GET /api/staff/reports/quick-weekly (same period): the quick ratings' average per week.
/// </summary>
internal static class ReportsApi
{
    private const int MaxDays = 3660;

    public static RouteGroupBuilder MapStaffReports(this RouteGroupBuilder staff)
    {
        var group = staff.MapGroup("/reports");
        group.MapGet("/ikm", GetIkmAsync);
        group.MapGet("/quick-weekly", GetQuickWeeklyAsync);
        return staff;
    }

    private static async Task<IResult> GetIkmAsync(string? from, string? to, HttpRequest request, BotDbContext db, CancellationToken cancellationToken)
    {
        if (ParseDate(from) is not { } first || ParseDate(to) is not { } last)
        {
            return BadRequest("Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD (dates in WITA, both inclusive), e.g. ?from=2026-01-01&to=2026-03-31.");
        }

        if (last < first || last.DayNumber - first.DayNumber > MaxDays)
        {
            return BadRequest("'to' must be on or after 'from', and the period at most ten years.");
        }

        var report = await ComputeIkmAsync(db, first, last, cancellationToken);

        var wantsCsv = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        return wantsCsv
            ? Results.Text(IkmCsv.Format(report, first, last), "text/csv; charset=utf-8")
            : Results.Ok(report);
    }

    /// <summary>The IKM of the WITA days first..last (inclusive); also the console's overview and report.</summary>
    internal static async Task<IkmReport> ComputeIkmAsync(BotDbContext db, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var start = Wita.StartOfDay(first);
        var end = Wita.StartOfDay(last.AddDays(1));
        var rows = await db.Set<ServiceRating>().AsNoTracking()
            .Where(r => r.CreatedAt >= start && r.CreatedAt < end)
            .Select(r => new { r.Quick, r.U1, r.U2, r.U3, r.U4, r.U5, r.U6, r.U7, r.U8, r.U9 })
            .ToListAsync(cancellationToken);
        var surveys = rows
            .Where(r => r.U1 != null && r.U2 != null && r.U3 != null && r.U4 != null && r.U5 != null && r.U6 != null && r.U7 != null && r.U8 != null && r.U9 != null)
            .Select(r => (IReadOnlyList<int>)[r.U1!.Value, r.U2!.Value, r.U3!.Value, r.U4!.Value, r.U5!.Value, r.U6!.Value, r.U7!.Value, r.U8!.Value, r.U9!.Value])
            .ToList();
        return IkmCalculator.Compute(surveys, [.. rows.Select(r => r.Quick)]);
    }

    /// <summary>The quick ratings (1–4) per ISO week (Monday start, WITA), for the report's line chart.</summary>
    private static async Task<IResult> GetQuickWeeklyAsync(string? from, string? to, BotDbContext db, CancellationToken cancellationToken)
    {
        if (ParseDate(from) is not { } first || ParseDate(to) is not { } last || last < first || last.DayNumber - first.DayNumber > MaxDays)
        {
            return BadRequest("Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD (dates in WITA, both inclusive, 'to' not before 'from'), e.g. ?from=2026-01-01&to=2026-03-31.");
        }

        var start = Wita.StartOfDay(first);
        var end = Wita.StartOfDay(last.AddDays(1));
        var rows = await db.Set<ServiceRating>().AsNoTracking()
            .Where(r => r.CreatedAt >= start && r.CreatedAt < end)
            .Select(r => new { r.Quick, r.CreatedAt })
            .ToListAsync(cancellationToken);
        var weeks = rows
            .GroupBy(r => WeekStart(Wita.Today(r.CreatedAt)))
            .OrderBy(g => g.Key)
            .Select(g => new QuickWeek(g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Count(), Math.Round((decimal)g.Sum(r => r.Quick) / g.Count(), 2, MidpointRounding.AwayFromZero)))
            .ToList();
        return Results.Ok(new QuickWeekly(weeks));
    }

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);
}

/// <summary>One week (its Monday) of quick ratings.</summary>
internal sealed record QuickWeek(string Week, int Responses, decimal Average);

internal sealed record QuickWeekly(IReadOnlyList<QuickWeek> Weeks);
