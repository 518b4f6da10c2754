using System.Reflection;
using Bot.Catalog.Import;
using Bot.Catalog.Publications;
using Bot.Catalog.Search;

namespace Bot.Catalog.Demo;

/// <summary>
/// The demo catalogue shipped with the project: 36 publications modelled on BPS Kota Tarakan and
/// Kalimantan Utara series. Metadata is an embedded manifest; PDFs are generated deterministically.
/// </summary>
public static class DemoCatalog
{
    private const string ResourceName = "Bot.Catalog.Demo.demo-catalog.json";
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The embedded manifest JSON (same format as an import manifest; files are "{id}.pdf").</summary>
    public static string ManifestJson()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The demo publications' metadata.</summary>
    public static IReadOnlyList<Publication> Publications()
    {
        var read = ManifestReader.Read(ManifestJson(), AppContext.BaseDirectory);
        // File existence is irrelevant here; only the metadata is wanted.
        return System.Text.Json.JsonSerializer.Deserialize<List<Publication>>(ManifestJson(), JsonOptions) is { } list && read.Errors.All(e => e.Field == "file")
            ? list
            : throw new InvalidOperationException("The embedded demo manifest is invalid: " + string.Join("; ", read.Errors.Where(e => e.Field != "file")));
    }

    /// <summary>Renders the demo PDF of <paramref name="publication"/> (deterministic bytes).</summary>
    public static byte[] RenderPdf(Publication publication) => DemoPdfWriter.Render(publication);

    /// <summary>
    /// Writes the demo manifest and PDFs to <c>{dataDir}/catalog/demo/</c> and imports them, but only when
    /// the index is empty, so an operator's own catalogue is never mixed with demo data.
    /// </summary>
    /// <returns>True when the demo catalogue was imported by this call.</returns>
    public static async Task<bool> EnsureLoadedAsync(CatalogIndex index, string dataDir, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (index.Count > 0)
            {
                return false;
            }

            var folder = Path.Combine(Path.GetFullPath(dataDir), "catalog", "demo");
            var manifestPath = WriteFiles(folder, cancellationToken);
            var result = await new CatalogImporter(index, dataDir).ImportAsync(manifestPath, cancellationToken).ConfigureAwait(false);
            return result.Succeeded
                ? true
                : throw new InvalidOperationException("The demo catalogue failed validation: " + string.Join("; ", result.Errors));
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Writes manifest.json and every demo PDF into <paramref name="folder"/>; returns the manifest path.</summary>
    public static string WriteFiles(string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        foreach (var publication in Publications())
        {
            cancellationToken.ThrowIfCancellationRequested();
            File.WriteAllBytes(Path.Combine(folder, publication.File), RenderPdf(publication));
        }

        var manifestPath = Path.Combine(folder, "manifest.json");
        File.WriteAllText(manifestPath, ManifestJson());
        return manifestPath;
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);
}
