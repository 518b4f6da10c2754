using System.Security.Cryptography;
using System.Text;
using Bot.Catalog.Bps;
using Bot.Catalog.Import;
using Bot.Catalog.Publications;
using Bot.Catalog.Search;

namespace Bot.Catalog.Sync;

/// <summary>
/// Brings the catalogue in line with the office's publications and press releases on BPS's WebAPI: lists both,
/// fetches only what is new or changed upstream (<c>updt_date</c>, size, release date), reads each publication's
/// view for its numbers, downloads each PDF (resuming a partial file from an earlier run), and indexes it.
/// Items upstream no longer lists leave the search; their files stay on disk so links already given still work.
/// One failing item never stops the others.
/// </summary>
public sealed class CatalogSync(BpsWebApiClient api, CatalogService catalog, long maxFileBytes = CatalogSync.DefaultMaxFileBytes)
{
    /// <summary>Largest PDF accepted (BPS compendiums reach about 50 MB).</summary>
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;

    /// <summary>Subject given to every press release, so "brs" and "berita resmi statistik" find them.</summary>
    public const string PressReleaseSubject = "Berita Resmi Statistik";

    private static readonly BpsModel[] Models = [BpsModel.Publication, BpsModel.PressRelease];

    private string SyncFolder => Path.Combine(catalog.DataDir, "catalog", "bps");

    private string StatePath => Path.Combine(SyncFolder, "state.json");

    private string PartialFolder => Path.Combine(SyncFolder, "partial");

    /// <summary>True when no sync has stored anything yet (the first sync adds everything at once).</summary>
    public bool IsFirstSync => SyncState.Load(StatePath).Items.Count == 0;

    /// <summary>Runs one sync; never throws for upstream or file problems (they are in the report).</summary>
    public async Task<SyncReport> RunAsync(IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var state = SyncState.Load(StatePath);
        var problems = new List<SyncProblem>();
        var listed = new Dictionary<string, BpsItem>(StringComparer.Ordinal);
        var complete = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in Models)
        {
            try
            {
                await ListAllAsync(model, listed, problems, progress, cancellationToken).ConfigureAwait(false);
                complete.Add(ModelName(model));
            }
            catch (BpsApiException ex) when (listed.Count == 0 && model == BpsModel.Publication)
            {
                // The first request tells whether anything can be done at all (key, network).
                return new SyncReport { Fatal = ex.Message };
            }
            catch (BpsApiException ex)
            {
                problems.Add(new SyncProblem($"{ModelName(model)} list", null, ex.Message));
            }
        }

        var work = listed.Values.Where(item => NeedsWork(item, state)).ToList();
        var added = new List<CatalogEntry>();
        var updated = new List<CatalogEntry>();
        for (var i = 0; i < work.Count; i++)
        {
            var item = work[i];
            progress?.Report(new SyncProgress(i, work.Count, item.Title));
            try
            {
                var entry = await SyncItemAsync(item, cancellationToken).ConfigureAwait(false);
                (state.Items.ContainsKey(item.CatalogId) ? updated : added).Add(entry);
                state.Items[item.CatalogId] = new SyncedItem { Model = ModelName(item.Model), ChangeKey = item.ChangeKey, Title = item.Title };
                state.Save(StatePath);
            }
            catch (Exception ex) when (ex is BpsApiException or PdfExtractionException or IOException or UnauthorizedAccessException or UriFormatException)
            {
                problems.Add(new SyncProblem(item.CatalogId, item.Title, Describe(ex)));
            }
        }

        progress?.Report(new SyncProgress(work.Count, work.Count, "done"));
        var withdrawn = Withdraw(state, listed, complete);
        state.Save(StatePath);
        return new SyncReport
        {
            Added = added,
            Updated = updated,
            Withdrawn = withdrawn,
            Unchanged = listed.Count - work.Count,
            Problems = problems,
        };
    }

    private async Task ListAllAsync(BpsModel model, Dictionary<string, BpsItem> listed, List<SyncProblem> problems, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        for (var page = 1; page <= 10_000; page++)
        {
            progress?.Report(new SyncProgress(0, 0, $"listing {ModelName(model)} page {page}"));
            var result = await api.ListAsync(model, page, cancellationToken).ConfigureAwait(false);
            if (result.IsEnd)
            {
                return;
            }

            foreach (var element in result.Items)
            {
                var item = BpsItem.Parse(model, element, out var problem);
                if (item is null)
                {
                    problems.Add(new SyncProblem($"{ModelName(model)} page {page}", BpsItem.Text(element, "title"), problem!));
                    continue;
                }

                listed.TryAdd(item.CatalogId, item);
            }

            if (page >= result.Pages)
            {
                return;
            }
        }
    }

    private bool NeedsWork(BpsItem item, SyncState state) =>
        !state.Items.TryGetValue(item.CatalogId, out var synced)
        || synced.Withdrawn
        || !string.Equals(synced.ChangeKey, item.ChangeKey, StringComparison.Ordinal)
        || !catalog.Index.Contains(item.CatalogId)
        || catalog.GetPdfPath(item.CatalogId) is null;

    private async Task<CatalogEntry> SyncItemAsync(BpsItem item, CancellationToken cancellationToken)
    {
        string? catalogNumber = null;
        string? publicationNumber = null;
        if (item.Model == BpsModel.Publication)
        {
            var view = await api.ViewAsync(item.Model, item.SourceId, cancellationToken).ConfigureAwait(false)
                ?? throw new BpsApiException(BpsApiFailure.BadResponse, "the publication's view is not available");
            catalogNumber = BpsItem.Text(view, "kat_no");
            publicationNumber = BpsItem.Text(view, "pub_no");
        }

        if (item.PdfUrl is null)
        {
            throw new BpsApiException(BpsApiFailure.BadResponse, "upstream lists no PDF");
        }

        if (item.AnnouncedBytes() is { } announced && announced > maxFileBytes)
        {
            throw new BpsApiException(BpsApiFailure.BadResponse, $"file of {item.Size} is larger than the limit of {maxFileBytes / (1024 * 1024)} MB");
        }

        var partPath = PartPath(item);
        await api.DownloadAsync(new Uri(item.PdfUrl), partPath, maxFileBytes, cancellationToken).ConfigureAwait(false);
        PdfContent content;
        try
        {
            content = PdfTextExtractor.Extract(partPath);
        }
        catch (PdfExtractionException)
        {
            // Not resumable: whatever arrived is not a usable PDF, so the next run starts from scratch.
            File.Delete(partPath);
            throw;
        }

        var target = catalog.Importer.FilePath(item.CatalogId);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(partPath, target, overwrite: true);
        var document = new CatalogDocument(ToPublication(item, catalogNumber, publicationNumber), item.CatalogId + ".pdf", content.PageCount, content.SizeBytes, content.FullText);
        catalog.Index.Upsert(document);
        return CatalogDocumentMapper.ToEntry(document);
    }

    private static Publication ToPublication(BpsItem item, string? catalogNumber, string? publicationNumber)
    {
        var issn = item.Issn is { } i && ManifestReader.IsValidIssn(i) ? i : null;
        var isbn = item.Issn is { } b && issn is null && ManifestReader.IsValidIsbn(b) ? b : null;
        var year = item.ReleaseDate?.Year ?? DateTime.UtcNow.Year;
        return new Publication
        {
            Id = item.CatalogId,
            Title = item.Title,
            Year = Math.Clamp(year, ManifestReader.MinYear, ManifestReader.MaxYear),
            CatalogNumber = ManifestReader.IsValidCatalogNumber(catalogNumber) ? catalogNumber : null,
            PublicationNumber = publicationNumber,
            Issn = issn,
            Isbn = isbn,
            ReleaseDate = item.ReleaseDate,
            Language = "id",
            Subjects = item.Model == BpsModel.PressRelease
                ? item.Subject is null ? [PressReleaseSubject] : [PressReleaseSubject, item.Subject]
                : [],
            Abstract = item.Abstract,
            Kind = item.Model == BpsModel.PressRelease ? CatalogKind.PressRelease : CatalogKind.Publication,
            File = item.CatalogId + ".pdf",
        };
    }

    private List<string> Withdraw(SyncState state, Dictionary<string, BpsItem> listed, HashSet<string> complete)
    {
        // Only a model whose list was read to the end can tell what upstream withdrew.
        var withdrawn = new List<string>();
        foreach (var (id, synced) in state.Items.ToList())
        {
            if (synced.Withdrawn || !complete.Contains(synced.Model) || listed.ContainsKey(id))
            {
                continue;
            }

            catalog.Index.Remove(id);
            state.Items[id] = synced with { Withdrawn = true };
            withdrawn.Add(id);
        }

        return withdrawn;
    }

    private string PartPath(BpsItem item)
    {
        // The change key is part of the name: a partial file of an older upstream version is never continued.
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.ChangeKey + "|" + item.PdfUrl)))[..12];
        Directory.CreateDirectory(PartialFolder);
        foreach (var stale in Directory.EnumerateFiles(PartialFolder, item.CatalogId + "-*.part"))
        {
            if (!stale.EndsWith($"-{version}.part", StringComparison.Ordinal))
            {
                File.Delete(stale);
            }
        }

        return Path.Combine(PartialFolder, $"{item.CatalogId}-{version}.part");
    }

    private static string ModelName(BpsModel model) => model == BpsModel.Publication ? "publication" : "pressrelease";

    private static string Describe(Exception ex) => ex switch
    {
        PdfExtractionException pdf => pdf.Problem switch
        {
            PdfProblem.NotPdf => "the downloaded file is not a PDF",
            PdfProblem.Encrypted => "the PDF is encrypted (password protected)",
            PdfProblem.Missing => "the downloaded file is missing",
            _ => "the PDF is damaged and cannot be read",
        },
        UriFormatException => "the PDF link is not a valid address",
        _ => ex.Message,
    };
}
