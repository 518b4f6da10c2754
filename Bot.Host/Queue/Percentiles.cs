namespace Bot.Host.Queue;

/// <summary>Percentiles by the nearest-rank method: always one of the measured values, easy to check by hand.</summary>
internal static class Percentiles
{
    /// <summary>The value at rank ⌈p/100 × n⌉ of the sorted values; null when there are none.</summary>
    public static double? Of(IReadOnlyCollection<double> values, int percent)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
