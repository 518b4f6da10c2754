using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Bench.Stamp;

/// <summary>Wall time and peak RSS of a whole child process, measured by GNU time (<c>/usr/bin/time -v</c>).</summary>
internal sealed record ProcessMeasurement(TimeSpan Wall, long PeakRssKb, int ExitCode)
{
    private const string GnuTime = "/usr/bin/time";

    public static bool Available => File.Exists(GnuTime);

    public static ProcessMeasurement Run(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(GnuTime) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-v");
        start.ArgumentList.Add(fileName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        _ = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();

        var wall = Match(report, @"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?<v>[\d:.]+)");
        var rss = Match(report, @"Maximum resident set size \(kbytes\): (?<v>\d+)");
        var exit = Match(report, @"Exit status: (?<v>\d+)");
        return new ProcessMeasurement(ParseClock(wall), long.Parse(rss, CultureInfo.InvariantCulture), int.Parse(exit, CultureInfo.InvariantCulture));
    }

    private static string Match(string report, string pattern)
    {
        var match = Regex.Match(report, pattern);
        return match.Success ? match.Groups["v"].Value : throw new InvalidOperationException($"unexpected /usr/bin/time output:\n{report}");
    }

    // GNU time prints m:ss.cc or h:mm:ss.
    private static TimeSpan ParseClock(string value)
    {
        var parts = value.Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        var minutes = parts.Length > 1 ? int.Parse(parts[^2], CultureInfo.InvariantCulture) : 0;
        var hours = parts.Length > 2 ? int.Parse(parts[^3], CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromSeconds((hours * 3600) + (minutes * 60) + seconds);
    }
}
