using Bot.Catalog.Demo;
using Bot.Catalog.Import;

namespace Bot.Catalog.Search;

/// <summary>
/// The catalogue as one object for hosts and CLIs: the index under <c>{dataDir}/catalog/index</c>, the importer
/// storing PDFs under <c>{dataDir}/catalog/files</c>, and the demo loader. Thread-safe; register as a singleton.
/// </summary>
public sealed class CatalogService : IDisposable
{
    private int preparing;

    /// <summary>Wraps an existing index (e.g. in memory) with files stored under <paramref name="dataDir"/>.</summary>
    public CatalogService(CatalogIndex index, string dataDir)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDir);
        Index = index;
        DataDir = Path.GetFullPath(dataDir);
        Importer = new CatalogImporter(index, DataDir);
    }

    /// <summary>Opens (creating if needed) the on-disk catalogue of <paramref name="dataDir"/>.</summary>
    public static CatalogService Open(string dataDir) => new(CatalogIndex.Open(IndexPath(dataDir)), dataDir);

    /// <summary>The index folder for <paramref name="dataDir"/>.</summary>
    public static string IndexPath(string dataDir) => Path.Combine(Path.GetFullPath(dataDir), "catalog", "index");

    /// <summary>Absolute data folder.</summary>
    public string DataDir { get; }

    /// <summary>The search index.</summary>
    public CatalogIndex Index { get; }

    /// <summary>The importer (import, remove).</summary>
    public CatalogImporter Importer { get; }

    /// <summary>Searches; see <see cref="CatalogIndex.Search"/>.</summary>
    public CatalogSearchResult Search(string? query, int page = 1, int pageSize = 10) => Index.Search(query, page, pageSize);

    /// <summary>The stored entry for <paramref name="id"/>, or null.</summary>
    public CatalogEntry? Get(string id) => Index.Get(id);

    /// <summary>Path of the stored PDF of <paramref name="id"/>, or null when absent.</summary>
    public string? GetPdfPath(string id)
    {
        if (!Publications.ManifestReader.IsValidId(id))
        {
            return null;
        }

        var path = Importer.FilePath(id);
        return File.Exists(path) ? path : null;
    }

    /// <summary>Imports the demo catalogue when the index is empty; see <see cref="DemoCatalog.EnsureLoadedAsync"/>.</summary>
    public Task<bool> EnsureDemoLoadedAsync(CancellationToken cancellationToken = default) =>
        DemoCatalog.EnsureLoadedAsync(Index, DataDir, cancellationToken);

    /// <summary>
    /// True while a first load (demo catalogue or first sync) is filling the catalogue, so an empty result can be
    /// told apart from "nothing matches".
    /// </summary>
    public bool IsPreparing => Volatile.Read(ref preparing) > 0;

    /// <summary>Marks the catalogue as being prepared until the returned handle is disposed.</summary>
    public IDisposable BeginPreparing()
    {
        Interlocked.Increment(ref preparing);
        return new Preparation(this);
    }

    /// <inheritdoc />
    public void Dispose() => Index.Dispose();

    private sealed class Preparation(CatalogService owner) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                Interlocked.Decrement(ref owner.preparing);
            }
        }
    }
}
