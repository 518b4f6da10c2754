using Bot.Catalog.Search;

namespace Bot.Catalog.Import;

/// <summary>
/// Imports publications from a manifest into the catalogue: validates everything first (all-or-nothing),
/// copies each PDF to <c>{dataDir}/catalog/files/{id}.pdf</c>, and upserts the index by id, so
/// re-importing the same manifest is idempotent.
/// </summary>
public sealed class CatalogImporter
{
    private readonly CatalogIndex index;

    /// <summary>Creates an importer writing files under <paramref name="dataDir"/> and entries into <paramref name="index"/>.</summary>
    public CatalogImporter(CatalogIndex index, string dataDir)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDir);
        this.index = index;
        FilesDirectory = Path.Combine(Path.GetFullPath(dataDir), "catalog", "files");
    }

    /// <summary>Folder holding the stored PDFs.</summary>
    public string FilesDirectory { get; }

    /// <summary>Path where the PDF of <paramref name="id"/> is stored (whether or not it exists).</summary>
    public string FilePath(string id) => Path.Combine(FilesDirectory, id + ".pdf");

    /// <summary>Validates and imports the manifest at <paramref name="manifestPath"/>.</summary>
    public Task<ImportResult> ImportAsync(string manifestPath, CancellationToken cancellationToken = default) =>
        Task.Run(() => Import(ManifestValidator.Validate(manifestPath, cancellationToken), cancellationToken), cancellationToken);

    /// <summary>Imports an already validated manifest; returns its errors without writing anything when invalid.</summary>
    public ImportResult Import(ManifestValidation validation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validation);
        if (!validation.IsValid)
        {
            return new ImportResult([], [], validation.Errors);
        }

        Directory.CreateDirectory(FilesDirectory);
        var added = new List<string>();
        var updated = new List<string>();
        var documents = new List<CatalogDocument>();
        foreach (var entry in validation.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = entry.Publication.Id;
            CopyFile(entry.Entry.SourcePath, FilePath(id));
            (index.Contains(id) ? updated : added).Add(id);
            documents.Add(new CatalogDocument(entry.Publication, id + ".pdf", entry.Content.PageCount, entry.Content.SizeBytes, entry.Content.FullText));
        }

        // One commit for the whole manifest: readers see all of it or none of it.
        index.Upsert(documents);
        return new ImportResult(added, updated, []);
    }

    /// <summary>Removes a publication and its stored PDF; false when the id is unknown.</summary>
    public bool Remove(string id)
    {
        var removed = index.Remove(id);
        var path = FilePath(id);
        if (Catalog.Publications.ManifestReader.IsValidId(id) && File.Exists(path))
        {
            File.Delete(path);
            removed = true;
        }

        return removed;
    }

    private static void CopyFile(string source, string target)
    {
        if (string.Equals(Path.GetFullPath(source), Path.GetFullPath(target), StringComparison.Ordinal))
        {
            return;
        }

        // Copy then rename so the host never serves a half-written file.
        var temp = target + ".tmp";
        File.Copy(source, temp, overwrite: true);
        File.Move(temp, target, overwrite: true);
    }
}
