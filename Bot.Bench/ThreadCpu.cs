using System.Globalization;

namespace Bot.Bench;

/// <summary>
/// CPU time per thread of this process from /proc (Linux; elsewhere "n/a"). The search runs on the main thread;
/// the rest of "CPU per query" is the runtime's own work, mostly the tiered JIT recompiling hot code.
/// </summary>
internal static class ThreadCpu
{
    public static Dictionary<string, long> Snapshot()
    {
        var ticks = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc/self/task"))
        {
            return ticks;
        }

        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                // utime and stime, in clock ticks (100 per second on Linux).
                ticks[$"{stat[(open + 1)..close]}#{Path.GetFileName(task)}"] =
                    long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }

        return ticks;
    }

    /// <summary>Seconds of CPU the runtime's tiered JIT thread used since <paramref name="before"/>.</summary>
    public static double JitSecondsSince(Dictionary<string, long> before) =>
        Snapshot().Where(t => t.Key.StartsWith(".NET Tiered Com", StringComparison.Ordinal))
            .Sum(t => (t.Value - before.GetValueOrDefault(t.Key)) / 100.0);

    /// <summary>Threads that used CPU since <paramref name="before"/>, busiest first, e.g. "Bot.Bench 2.81 s, .NET Tiered Com 1.13 s".</summary>
    public static string Since(Dictionary<string, long> before)
    {
        var used = Snapshot()
            .Select(t => (Name: t.Key[..t.Key.LastIndexOf('#')], Seconds: (t.Value - before.GetValueOrDefault(t.Key)) / 100.0))
            .Where(t => t.Seconds > 0)
            .OrderByDescending(t => t.Seconds)
            .Select(t => $"{t.Name} {t.Seconds:F2} s");
        return string.Join(", ", used) is { Length: > 0 } text ? text : "n/a";
    }
}
