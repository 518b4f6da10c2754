using System.Globalization;
using Bot.Catalog.Pdf;

namespace Bot.Bench.Stamp;

/// <summary>
/// <c>stamp [--pages 300,1000] [--runs 3] [--work DIR] [--host PATH/Bot.Host.dll]</c>: times our watermark
/// (<c>dotnet Bot.Host.dll catalog stamp</c>) against <c>qpdf --overlay</c> of a one-page stamp, both as whole processes.
/// </summary>
public static class StampBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var pages = Option(args, "--pages", "300,1000").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var runs = int.Parse(Option(args, "--runs", "3"), CultureInfo.InvariantCulture);
        var work = Directory.CreateDirectory(Option(args, "--work", Path.Combine(Path.GetTempPath(), "pstbot-stamp-bench"))).FullName;
        var host = Option(args, "--host", Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"));

        if (!ProcessMeasurement.Available)
        {
            Console.Error.WriteLine("stamp bench: /usr/bin/time is missing (apt-get install -y time).");
            return Task.FromResult(2);
        }

        if (!File.Exists(host))
        {
            Console.Error.WriteLine($"stamp bench: {host} not found; pass --host path/to/Bot.Host.dll (Release build).");
            return Task.FromResult(2);
        }

        var qpdf = File.Exists("/usr/bin/qpdf") ? "/usr/bin/qpdf" : null;
        var stamp = Path.Combine(work, "stamp.pdf");
        WriteOverlayStamp(stamp);

        Console.WriteLine($"| pages | input MB | tool | wall s (median of {runs}) | peak RSS MB (max) | output MB |");
        Console.WriteLine("|---:|---:|---|---:|---:|---:|");
        foreach (var count in pages)
        {
            var input = Path.Combine(work, $"source-{count}.pdf");
            if (!File.Exists(input))
            {
                WriteCleanSource(input, count, qpdf);
            }

            var ours = Path.Combine(work, $"ours-{count}.pdf");
            Report(count, input, "PdfWatermarker (dotnet Bot.Host.dll catalog stamp)", ours, Measure(runs, "dotnet",
                [host, "catalog", "stamp", input, ours, "--name", "Ani Saputri", "--email", "ani.saputri@gmail.com", "--id", $"BENCH-{count}"]));

            if (qpdf is not null)
            {
                var theirs = Path.Combine(work, $"qpdf-{count}.pdf");
                Report(count, input, "qpdf --overlay stamp.pdf", theirs, Measure(runs, qpdf, ["--overlay", stamp, "--", input, theirs]));
            }
        }

        if (qpdf is null)
        {
            Console.WriteLine("qpdf not installed: comparison skipped (apt-get install -y qpdf).");
        }

        return Task.FromResult(0);
    }

    // PDFsharp's own Flate output is unterminated; qpdf rewrites it so both tools read a clean, typical file.
    private static void WriteCleanSource(string path, int pages, string? qpdf)
    {
        var raw = path + ".raw.pdf";
        BenchSourcePdf.Write(raw, pages);
        if (qpdf is null)
        {
            File.Move(raw, path, overwrite: true);
            return;
        }

        var rewrite = ProcessMeasurement.Run(qpdf, ["--recompress-flate", "--object-streams=generate", raw, path]);
        if (rewrite.ExitCode is not (0 or 3))
        {
            throw new InvalidOperationException($"qpdf could not normalise {raw} (exit {rewrite.ExitCode}).");
        }

        File.Delete(raw);
    }

    private static IReadOnlyList<ProcessMeasurement> Measure(int runs, string file, string[] arguments)
    {
        var results = Enumerable.Range(0, runs).Select(_ => ProcessMeasurement.Run(file, arguments)).ToList();
        var failed = results.FirstOrDefault(r => r.ExitCode != 0);
        return failed is null ? results : throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {failed.ExitCode}");
    }

    private static void Report(int pages, string input, string tool, string output, IReadOnlyList<ProcessMeasurement> results)
    {
        var wall = results.Select(r => r.Wall.TotalSeconds).Order().ElementAt(results.Count / 2);
        var rss = results.Max(r => r.PeakRssKb) / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {pages} | {Mb(input):F1} | {tool} | {wall:F2} | {rss:F0} | {Mb(output):F1} |"));
    }

    private static double Mb(string path) => new FileInfo(path).Length / (1024.0 * 1024.0);

    // The qpdf side gets the same visual stamp: our watermark drawn on one blank A4 page.
    private static void WriteOverlayStamp(string path)
    {
        var blank = Path.Combine(Path.GetDirectoryName(path)!, "blank.pdf");
        using (var document = new PdfSharp.Pdf.PdfDocument())
        {
            document.AddPage();
            document.Save(blank);
        }

        var now = DateTimeOffset.UtcNow;
        var info = new WatermarkInfo("Ani Saputri", EmailMask.Mask("ani.saputri@gmail.com"), "BENCH-QPDF", now) { PrintedAt = Bot.Dialogs.Model.Formats.Moment(now, Bot.Dialogs.Model.Language.Id) };
        new PdfWatermarker().StampFile(blank, path, info);
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
