using Bot.Catalog.Publications;
using Bot.Catalog.Search;
using Bot.Dialogs.Ports;

namespace Bot.Host.Catalog;

/// <summary>The dialogs' view of the catalogue, over the Lucene index.</summary>
internal sealed class CatalogPort(CatalogService catalog) : ICatalog
{
    public Task<CatalogPage> SearchAsync(string query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var result = catalog.Search(query, page, pageSize);
        var hits = result.Hits.Select(h => new PublicationSummary(
            h.Entry.Id, h.Entry.Title, h.Entry.Year, h.Entry.PageCount, h.Entry.SizeBytes, h.Entry.ReleaseDate, h.Entry.Kind == CatalogKind.PressRelease)).ToList();
        return Task.FromResult(new CatalogPage(result.Total, hits, result.DidYouMean, catalog.IsPreparing));
    }

    public Task<PublicationDetail?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entry = catalog.Get(id);
        return Task.FromResult(entry is null
            ? null
            : new PublicationDetail(entry.Id, entry.Title, entry.Subtitle, entry.Year, entry.CatalogNumber, entry.PublicationNumber, entry.PageCount, entry.SizeBytes, entry.Abstract,
                entry.ReleaseDate, entry.Kind == CatalogKind.PressRelease));
    }
}
