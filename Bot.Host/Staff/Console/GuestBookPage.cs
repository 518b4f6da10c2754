using System.Globalization;
using System.Text;
using Bot.Dialogs.Model;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using static Bot.Host.Staff.Console.ConsoleHtml;

namespace Bot.Host.Staff.Console;

/// <summary>Buku tamu: the visits of a date range, filtered by purpose, and the same as CSV.</summary>
internal static class GuestBookPage
{
    private const int MaxDays = 366;

    public static async Task<IResult> ShowAsync(HttpContext context, string? from, string? to, string? purpose, BotDbContext db, PersonalData personal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (first, last) = Range(from, to, clock);
        var all = await GuestBookEndpoints.LoadAsync(db, personal, first, last, cancellationToken);
        var purposes = all.Select(v => v.Purpose).Distinct().Order(StringComparer.Ordinal).ToList();
        var visits = string.IsNullOrEmpty(purpose) ? all : [.. all.Where(v => v.Purpose == purpose)];
        var f = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var t = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var options = string.Concat(purposes.Select(p => $"<option value=\"{E(p)}\"{(p == purpose ? " selected" : "")}>{E(p)}</option>"));
        var rows = string.Concat(visits.Select(v => $"<tr><td>{E(v.Time[..16].Replace('T', ' '))}</td><td>{E(v.Name ?? "tamu")}</td><td>{E(v.Institution)}</td><td>{E(v.Purpose)}</td><td>{E(v.LookingFor)}</td><td>{E(v.Occupation)}</td><td>{E(v.Channel)}</td></tr>"));
        var csv = $"/staff/bukutamu.csv?from={f}&to={t}" + (string.IsNullOrEmpty(purpose) ? "" : "&purpose=" + Uri.EscapeDataString(purpose));
        var body = $"""
            <form method="get" action="/staff/bukutamu" class="filters">
            <label>Dari <input type="date" name="from" value="{f}"></label>
            <label>Sampai <input type="date" name="to" value="{t}"></label>
            <label>Keperluan <select name="purpose"><option value="">Semua</option>{options}</select></label>
            <button type="submit">Tampilkan</button>
            <a class="button secondary" id="csv" href="{E(csv)}">Unduh CSV</a>
            </form>
            <div class="panel"><p>{visits.Count} kunjungan.</p>
            <table id="guestbook"><thead><tr><th>Waktu</th><th>Nama</th><th>Instansi</th><th>Keperluan</th><th>Mencari</th><th>Pekerjaan</th><th>Kanal</th></tr></thead><tbody>{rows}</tbody></table></div>
            """;
        return Page(context, "Buku tamu", "/staff/bukutamu", body);
    }

    public static async Task<IResult> CsvAsync(string? from, string? to, string? purpose, BotDbContext db, PersonalData personal, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (first, last) = Range(from, to, clock);
        var visits = await GuestBookEndpoints.LoadAsync(db, personal, first, last, cancellationToken);
        var csv = GuestBookEndpoints.ToCsv(string.IsNullOrEmpty(purpose) ? visits : visits.Where(v => v.Purpose == purpose));
        return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"bukutamu-{first:yyyyMMdd}-{last:yyyyMMdd}.csv");
    }

    private static (DateOnly First, DateOnly Last) Range(string? from, string? to, TimeProvider clock)
    {
        var today = Wita.Today(clock.GetUtcNow());
        var last = Parse(to) ?? today;
        var first = Parse(from) ?? last;
        if (first > last)
        {
            (first, last) = (last, first);
        }

        return (last.DayNumber - first.DayNumber >= MaxDays ? last.AddDays(-(MaxDays - 1)) : first, last);
    }

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
