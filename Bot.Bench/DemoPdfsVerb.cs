using Bot.Catalog.Demo;

namespace Bot.Bench;

/// <summary><c>demo-pdfs [folder]</c>: writes the demo catalogue PDFs and manifest for inspection.</summary>
internal static class DemoPdfsVerb
{
    public static Task<int> RunAsync(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "pstbot-demo-pdfs");
        var manifest = DemoCatalog.WriteFiles(folder);
        Console.WriteLine($"Wrote {DemoCatalog.Publications().Count} PDFs and {manifest}");
        return Task.FromResult(0);
    }
}
