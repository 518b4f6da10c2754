using System.Globalization;

namespace Bot.Bench.Load;

/// <summary>Percentiles of a set of durations, in milliseconds.</summary>
public sealed class LatencyStats(IEnumerable<TimeSpan> samples)
{
    private readonly double[] _sorted = samples.Select(s => s.TotalMilliseconds).Order().ToArray();

    public int Count => _sorted.Length;

    public double Percentile(double p)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(p / 100 * _sorted.Length) - 1;
        return _sorted[Math.Clamp(rank, 0, _sorted.Length - 1)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"p50 {Percentile(50):F1} ms, p99 {Percentile(99):F1} ms, max {Percentile(100):F1} ms");
}
