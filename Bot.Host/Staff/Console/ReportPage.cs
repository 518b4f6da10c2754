using System.Globalization;
using Bot.Dialogs.Model;
using static Bot.Host.Staff.Console.ConsoleHtml;

namespace Bot.Host.Staff.Console;

/// <summary>
/// Laporan: IKM per element with the overall index and its category (bar chart), quick ratings by
/// week (line chart), visits per day with the five-minute promise (bar and line). Chart.js is
/// vendored in wwwroot/staff/vendor/chartjs (with its licence) and served by the host.
/// </summary>
internal static class ReportPage
{
    public static IResult Show(HttpContext context, string? from, string? to, TimeProvider clock)
    {
        var today = Wita.Today(clock.GetUtcNow());
        var last = Parse(to) ?? today;
        var first = Parse(from) ?? last.AddDays(-29);
        if (first > last)
        {
            (first, last) = (last, first);
        }

        var f = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var t = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = $"""
            <form method="get" action="/staff/laporan" class="filters">
            <label>Dari <input type="date" name="from" value="{f}"></label>
            <label>Sampai <input type="date" name="to" value="{t}"></label>
            <button type="submit">Tampilkan</button>
            </form>
            <div id="report" data-from="{f}" data-to="{t}">
            <div class="panel"><h2>Indeks Kepuasan Masyarakat</h2><p>IKM: <strong id="ikm-total">…</strong></p><div class="chart"><canvas id="chart-ikm" aria-label="IKM per unsur"></canvas></div></div>
            <div class="columns">
            <div class="panel"><h2>Penilaian cepat per minggu</h2><div class="chart"><canvas id="chart-quick" aria-label="Penilaian cepat per minggu"></canvas></div></div>
            <div class="panel"><h2>Kunjungan dan janji lima menit</h2><div class="chart"><canvas id="chart-visits" aria-label="Kunjungan per hari"></canvas></div></div>
            </div>
            <p class="muted">Grafik: Chart.js 4.6.2 (<a href="/staff/vendor/chartjs/LICENSE.md">lisensi MIT</a>).</p>
            </div>
            """;
        return Page(context, "Laporan", "/staff/laporan", body, charts: true);
    }

    private static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
