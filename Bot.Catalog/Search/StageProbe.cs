namespace Bot.Catalog.Search;

/// <summary>TEMPORARY profiling probe.</summary>
public static class StageProbe
{
    public static readonly double[] Ms = new double[8];
    public static readonly string[] Names = ["build", "rewrite", "search", "rank", "docs", "snippets", "rescore", "snipctor"];
    public static void Add(int i, long start) => Ms[i] += System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    public static string Report(int n) { var s = string.Join("  ", Names.Select((x, i) => $"{x} {Ms[i] / n:F3}")); Array.Clear(Ms); return s; }
}
