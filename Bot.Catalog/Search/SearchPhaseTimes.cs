using System.Diagnostics;

namespace Bot.Catalog.Search;

/// <summary>
/// Cumulative time per search phase, filled only when a benchmark sets <see cref="CatalogIndex.PhaseTimes"/>:
/// it shows where the per-query time goes without a profiler. Not thread-safe (one benchmark thread).
/// </summary>
internal sealed class SearchPhaseTimes
{
    /// <summary>Phase names, in the order they run.</summary>
    public static readonly string[] Names = ["build", "rewrite", "first pass", "rescore", "rank", "entries", "snippets", "suggest"];

    private readonly long[] ticks = new long[Names.Length];
    private readonly long[] bytes = new long[Names.Length];
    private long last;
    private long lastBytes;

    /// <summary>Number of searches measured.</summary>
    public int Searches { get; private set; }

    /// <summary>Starts timing one search.</summary>
    public void Start()
    {
        Searches++;
        last = Stopwatch.GetTimestamp();
        lastBytes = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Charges the time since the previous mark to <paramref name="phase"/> (an index into <see cref="Names"/>).</summary>
    public void Mark(int phase)
    {
        var now = Stopwatch.GetTimestamp();
        ticks[phase] += now - last;
        last = now;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        bytes[phase] += allocated - lastBytes;
        lastBytes = allocated;
    }

    /// <summary>Mean milliseconds per search spent in <paramref name="phase"/>.</summary>
    public double MeanMilliseconds(int phase) =>
        Searches == 0 ? 0 : ticks[phase] * 1000.0 / Stopwatch.Frequency / Searches;

    /// <summary>Mean bytes allocated per search in <paramref name="phase"/>.</summary>
    public long MeanBytes(int phase) => Searches == 0 ? 0 : bytes[phase] / Searches;

    /// <summary>Clears the totals.</summary>
    public void Reset()
    {
        Array.Clear(ticks);
        Array.Clear(bytes);
        Searches = 0;
    }
}
