using Bot.Catalog.Import;
using Bot.Catalog.Search;
using Bot.Host.Catalog;

namespace Bot.Host.Cli;

/// <summary>
/// <c>catalog import &lt;manifest.json&gt;</c>, <c>catalog list</c>, <c>catalog remove &lt;id&gt;</c>.
/// <c>catalog sync</c> (see <see cref="CatalogSyncCommand"/>).
/// Exit codes: 0 success, 1 invalid manifest or unknown id, 2 usage error.
/// </summary>
internal static class CatalogCommand
{
    private const string Usage = """
        usage: catalog import <manifest.json>   validate all entries, then import (all or nothing)
               catalog list                     list indexed publications
               catalog remove <id>              remove a publication and its PDF
               catalog sync                     sync publications and press releases from BPS's WebAPI
                                                (Catalog:Bps:ApiKey; exit 0 all synced, 3 with problems, 1 failed)
        options: --DataDir <folder>             data folder (default ./data; index in <folder>/catalog/index)
        """;

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var positional = Positional(args, out var dataDirArgument);
        // Read --DataDir from the arguments too: the command-line configuration provider takes an absolute
        // path such as "/srv/manifest.json" for a "/switch" and swallows the following "--DataDir".
        var dataDir = dataDirArgument ?? CatalogSetup.DataDir(configuration);
        switch (positional)
        {
            case ["import", var manifest]:
                return await ImportAsync(manifest, dataDir, output, error, cancellationToken).ConfigureAwait(false);
            case ["list"]:
                return List(dataDir, output);
            case ["remove", var id]:
                return Remove(id, dataDir, output, error);
            case ["sync"]:
                return await CatalogSyncCommand.RunAsync(configuration, dataDir, output, error, cancellationToken).ConfigureAwait(false);
            default:
                await error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
        }
    }

    private static async Task<int> ImportAsync(string manifest, string dataDir, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Validate before opening the index so a bad manifest never touches the data folder.
        var validation = await Task.Run(() => ManifestValidator.Validate(manifest, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            foreach (var problem in validation.Errors)
            {
                await error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            await error.WriteLineAsync($"{validation.Errors.Count} problem(s) found in {manifest}; nothing was imported.").ConfigureAwait(false);
            return 1;
        }

        using var catalog = CatalogService.Open(dataDir);
        var result = catalog.Importer.Import(validation, cancellationToken);
        await output.WriteLineAsync(
            $"Imported {result.Imported} publication(s): {result.Added.Count} added, {result.Updated.Count} updated. Catalogue now holds {catalog.Index.Count} in {catalog.DataDir}.").ConfigureAwait(false);
        return 0;
    }

    private static int List(string dataDir, TextWriter output)
    {
        using var catalog = CatalogService.Open(dataDir);
        var entries = catalog.Index.List();
        foreach (var entry in entries)
        {
            output.WriteLine($"{entry.Id}\t{entry.Year}\t{entry.CatalogNumber ?? "-"}\t{entry.Title}");
        }

        output.WriteLine($"{entries.Count} publication(s).");
        return 0;
    }

    private static int Remove(string id, string dataDir, TextWriter output, TextWriter error)
    {
        using var catalog = CatalogService.Open(dataDir);
        if (!catalog.Importer.Remove(id))
        {
            error.WriteLine($"No publication with id \"{id}\".");
            return 1;
        }

        output.WriteLine($"Removed \"{id}\".");
        return 0;
    }

    /// <summary>Arguments without configuration switches (<c>--Key value</c> or <c>--Key=value</c>), which configuration already read.</summary>
    private static string[] Positional(string[] args, out string? dataDir)
    {
        dataDir = null;
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var separator = args[i].IndexOf('=', StringComparison.Ordinal);
                var key = separator < 0 ? args[i][2..] : args[i][2..separator];
                var value = separator >= 0 ? args[i][(separator + 1)..] : i + 1 < args.Length ? args[++i] : null;
                if (string.Equals(key, CatalogSetup.DataDirKey, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value))
                {
                    dataDir = value;
                }

                continue;
            }

            result.Add(args[i]);
        }

        return [.. result];
    }
}
