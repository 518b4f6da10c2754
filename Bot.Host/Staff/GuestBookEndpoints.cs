using System.Globalization;
using System.Text;
using Bot.Dialogs.Model;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Bot.Host.Users;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Staff;

/// <summary>
/// Staff reports: the guest book for a range of days (JSON, or CSV with `Accept: text/csv`) and
/// the number of registered users. Names are shown to staff; identity numbers, emails and
/// phone numbers never leave through this API.
/// </summary>
internal static class GuestBookEndpoints
{
    private const int MaxDays = 366;

    public static RouteGroupBuilder MapStaffGuestBook(this RouteGroupBuilder group)
    {
        group.MapGet("/guestbook", GetGuestBookAsync);
        group.MapGet("/users/count", GetUserCountAsync);
        return group;
    }

    private static async Task<IResult> GetGuestBookAsync(string? from, string? to, HttpRequest request, BotDbContext db, PersonalData personal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = Wita.Today(clock.GetUtcNow());
        if (!TryParseDay(from, today, out var first) || !TryParseDay(to, today, out var last))
        {
            return BadRequest("from and to must be dates as YYYY-MM-DD (days in WITA), e.g. ?from=2026-03-01&to=2026-03-31.");
        }

        if (first > last)
        {
            return BadRequest("from must not be after to.");
        }

        if (last.DayNumber - first.DayNumber >= MaxDays)
        {
            return BadRequest($"Ask for at most {MaxDays} days at a time.");
        }

        var visits = await LoadAsync(db, personal, first, last, cancellationToken);

        if (request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Text(ToCsv(visits), "text/csv; charset=utf-8", Encoding.UTF8);
        }

        return Results.Ok(new GuestBookReport(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), visits.Count, visits));
    }

    /// <summary>The guest book's visits of the WITA days first..last, names opened for staff; also the console's page.</summary>
    internal static async Task<List<GuestBookVisit>> LoadAsync(BotDbContext db, PersonalData personal, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var rows = await (
            from entry in db.Set<GuestBookEntry>().AsNoTracking()
            where entry.Day >= first && entry.Day <= last
            join user in db.Set<UserAccount>() on entry.UserId equals user.Id into users
            from user in users.DefaultIfEmpty()
            orderby entry.Id
            select new { entry, user })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new GuestBookVisit(
            r.entry.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Wita.ToWita(r.entry.VisitedAt).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            r.entry.Channel,
            r.entry.Purpose,
            r.entry.LookingFor,
            r.entry.Occupation,
            r.user is null ? null : personal.Unprotect(r.user.FullName),
            r.user?.Institution))];
    }

    private static async Task<IResult> GetUserCountAsync(BotDbContext db, CancellationToken cancellationToken) =>
        Results.Ok(new UserCount(await db.Set<UserAccount>().CountAsync(cancellationToken)));

    private static bool TryParseDay(string? value, DateOnly fallback, out DateOnly day)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            day = fallback;
            return true;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    internal static string ToCsv(IEnumerable<GuestBookVisit> visits)
    {
        var csv = new StringBuilder("day,time,channel,purpose,looking_for,occupation,name,institution\r\n");
        foreach (var v in visits)
        {
            csv.AppendJoin(',', new[] { v.Day, v.Time, v.Channel, v.Purpose, v.LookingFor, v.Occupation, v.Name, v.Institution }.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    // RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula.
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.Length > 1 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);
}

internal sealed record GuestBookVisit(string Day, string Time, string Channel, string Purpose, string? LookingFor, string? Occupation, string? Name, string? Institution);

internal sealed record GuestBookReport(string From, string To, int Count, IReadOnlyList<GuestBookVisit> Visits);

internal sealed record UserCount(int Registered);
