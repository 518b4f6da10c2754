using System.Globalization;
using Bot.Host.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Queue;

/// <summary>GET /api/staff/reports/service-time?from=YYYY-MM-DD&amp;to=YYYY-MM-DD (WITA days, inclusive); CSV with Accept: text/csv.</summary>
internal static class ServiceTimeApi
{
    private const int MaxDays = 366;

    public static RouteGroupBuilder MapServiceTimeReport(this RouteGroupBuilder staff)
    {
        staff.MapGet("/reports/service-time", GetAsync);
        return staff;
    }

    private static async Task<IResult> GetAsync(string? from, string? to, HttpRequest request, QueueBook book, IOptions<QueueOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ParseDate(from) is not { } first || ParseDate(to) is not { } last)
        {
            return BadRequest("Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD (days in WITA, both inclusive), e.g. ?from=2026-03-01&to=2026-03-31.");
        }

        if (last < first || last.DayNumber - first.DayNumber >= MaxDays)
        {
            return BadRequest($"'to' must be on or after 'from', and the period at most {MaxDays} days.");
        }

        var tickets = await book.Tickets.AsNoTracking().Where(t => t.Day >= first && t.Day <= last).ToListAsync(cancellationToken);
        await book.FillGuestBookAsync(tickets, cancellationToken);
        var report = ServiceTimeReport.Compute(tickets, clock.GetUtcNow(), options.Value.PromiseMinutes);
        var wantsCsv = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
        return wantsCsv ? Results.Text(report.ToCsv(first, last), "text/csv; charset=utf-8") : Results.Ok(report);
    }

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);
}
