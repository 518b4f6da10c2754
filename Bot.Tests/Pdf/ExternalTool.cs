using System.Diagnostics;

namespace Bot.Tests.Pdf;

/// <summary>Runs a command-line PDF tool when it is installed (qpdf, poppler-utils); CI installs them.</summary>
internal sealed class ExternalTool(string path)
{
    public string Path { get; } = path;

    public bool IsInstalled => File.Exists(Path);

    public string SkipNote => $"SKIPPED: {Path} is not installed (apt-get install -y qpdf poppler-utils); the external check did not run.";

    public (int ExitCode, string StdOut, string StdErr) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
