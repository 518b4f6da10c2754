using System.Globalization;
using System.Text;
using Bot.Dialogs.Model;

namespace Bot.Host.Queue;

/// <summary>
/// How often the office kept its five-minute promise, for a period and per day (WITA).
/// A visit is a number taken (given up or not). Its wait runs from the guest
/// book (or the number, if taken later) to the first call; only visits with a guest book are
/// measured, since the promise starts there. A measured visit never called (skipped, given up,
/// still waiting at the end) counts as a broken promise once it waited longer than the promise.
/// Service time runs from the last call to done. Percentiles are nearest-rank, in minutes to one
/// decimal; null where nothing was measured.
/// </summary>
internal sealed record ServiceTimeReport(
    int Visits,
    int Served,
    double? CalledWithin5MinPct,
    double? WaitP50Min,
    double? WaitP90Min,
    double? ServiceP50Min,
    IReadOnlyList<ServiceTimeDay> ByDay)
{
    public static ServiceTimeReport Compute(IReadOnlyCollection<QueueTicket> tickets, DateTimeOffset now, int promiseMinutes)
    {
        var days = new List<ServiceTimeDay>();
        foreach (var day in tickets.GroupBy(t => t.Day).OrderBy(g => g.Key))
        {
            var (visits, served, pct, p50, p90, service) = Totals([.. day], now, promiseMinutes);
            days.Add(new ServiceTimeDay(day.Key, visits, served, pct, p50, p90, service));
        }

        var (allVisits, allServed, allPct, allP50, allP90, allService) = Totals(tickets, now, promiseMinutes);
        return new ServiceTimeReport(allVisits, allServed, allPct, allP50, allP90, allService, days);
    }

    private static (int, int, double?, double?, double?, double?) Totals(IReadOnlyCollection<QueueTicket> tickets, DateTimeOffset now, int promiseMinutes)
    {
        var visits = tickets;
        var served = visits.Where(t => t.Status == QueueTicketStatus.Done).ToList();
        var waits = visits.Where(t => t.ClockStart is not null && t.FirstCalledAt is not null)
            .Select(t => (t.FirstCalledAt!.Value - t.ClockStart!.Value).TotalMinutes).ToList();

        // Measured visits that never got their call: a broken promise once the promise had passed.
        var uncalled = visits.Count(t => t.ClockStart is { } start && t.FirstCalledAt is null && ((t.ClosedAt ?? now) - start).TotalMinutes > promiseMinutes);
        var measured = waits.Count + uncalled;
        double? pct = measured == 0 ? null : Math.Round(100.0 * waits.Count(w => w <= promiseMinutes) / measured, 1);
        var service = served.Where(t => t.LastCalledAt is not null && t.DoneAt is not null)
            .Select(t => (t.DoneAt!.Value - t.LastCalledAt!.Value).TotalMinutes).ToList();
        return (visits.Count, served.Count, pct, Round(Percentiles.Of(waits, 50)), Round(Percentiles.Of(waits, 90)), Round(Percentiles.Of(service, 50)));
    }

    private static double? Round(double? minutes) => minutes is { } m ? Math.Round(m, 1) : null;

    public string ToCsv(DateOnly from, DateOnly to)
    {
        var csv = new StringBuilder("day,visits,served,calledWithin5MinPct,waitP50Min,waitP90Min,serviceP50Min\n");
        foreach (var day in ByDay)
        {
            Row(csv, day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.Visits, day.Served, day.CalledWithin5MinPct, day.WaitP50Min, day.WaitP90Min, day.ServiceP50Min);
        }

        Row(csv, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}", Visits, Served, CalledWithin5MinPct, WaitP50Min, WaitP90Min, ServiceP50Min);
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string label, int visits, int served, params double?[] values) =>
        csv.Append(label).Append(',').Append(visits.ToString(CultureInfo.InvariantCulture)).Append(',').Append(served.ToString(CultureInfo.InvariantCulture))
            .Append(string.Concat(values.Select(v => "," + (v?.ToString("0.0", CultureInfo.InvariantCulture) ?? "")))).Append('\n');
}

internal sealed record ServiceTimeDay(DateOnly Day, int Visits, int Served, double? CalledWithin5MinPct, double? WaitP50Min, double? WaitP90Min, double? ServiceP50Min);
