using System.Globalization;
using Bot.Catalog.Search;

namespace Bot.Bench;

/// <summary>
/// <c>BENCH_PHASES=1</c>: where the time of each query goes (query building, first pass, rescoring, ranking,
/// entries, snippets, spelling). Each query runs <see cref="Runs"/> times and the fastest run is shown: on a
/// shared machine the fastest run is the one least disturbed by other processes, so it shows the query's own cost.
/// </summary>
internal static class SearchPhases
{
    private const int Runs = 20;

    public static void Print(CatalogIndex index, IReadOnlyList<string> queries)
    {
        var names = SearchPhaseTimes.Names;
        if (Environment.GetEnvironmentVariable("BENCH_SHOW_QUERY") is { Length: > 0 } shown)
        {
            foreach (var line in index.DescribeQuery(shown))
            {
                Console.WriteLine(line);
            }
        }

        Console.WriteLine("phases, fastest of " + Runs + " runs (ms): total | " + string.Join(" | ", names) + " | query");
        var overall = new double[names.Length + 1];
        foreach (var query in queries)
        {
            double[]? best = null;
            for (var i = 0; i < Runs; i++)
            {
                var times = new SearchPhaseTimes();
                index.PhaseTimes = times;
                index.Search(query, 1, 10);
                index.PhaseTimes = null;
                var run = new double[names.Length + 1];
                for (var p = 0; p < names.Length; p++)
                {
                    run[p + 1] = times.MeanMilliseconds(p);
                    run[0] += run[p + 1];
                }

                if (best is null || run[0] < best[0])
                {
                    best = run;
                }
            }

            for (var p = 0; p < overall.Length; p++)
            {
                overall[p] += best![p] / queries.Count;
            }

            Console.WriteLine("  " + string.Join(" | ", best!.Select(m => m.ToString("F2", CultureInfo.InvariantCulture))) + " | " + query);
        }

        // Allocation per phase, one more run of each query (allocation does not depend on the machine's load).
        var kib = new double[names.Length];
        foreach (var query in queries)
        {
            var times = new SearchPhaseTimes();
            index.PhaseTimes = times;
            index.Search(query, 1, 10);
            index.PhaseTimes = null;
            for (var p = 0; p < names.Length; p++)
            {
                kib[p] += times.MeanBytes(p) / 1024.0 / queries.Count;
            }
        }

        Console.WriteLine("  mean KiB allocated per query: " + string.Join(" | ", names.Select((n, p) => n + " " + kib[p].ToString("F0", CultureInfo.InvariantCulture))));
        Console.WriteLine("  mean over queries: total " + overall[0].ToString("F2", CultureInfo.InvariantCulture) + " | "
            + string.Join(" | ", names.Select((n, p) => n + " " + overall[p + 1].ToString("F2", CultureInfo.InvariantCulture))));
    }
}
