namespace Bot.Catalog.Search;

/// <summary>One page of search results.</summary>
/// <param name="Total">Number of matching publications.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Page size used.</param>
/// <param name="Hits">Results of this page, best first.</param>
/// <param name="DidYouMean">When nothing was found: the query with unknown words replaced by the closest indexed words, else null.</param>
public sealed record CatalogSearchResult(int Total, int Page, int PageSize, IReadOnlyList<CatalogHit> Hits, string? DidYouMean)
{
    /// <summary>An empty result.</summary>
    public static CatalogSearchResult Empty(int page, int pageSize) => new(0, page, pageSize, [], null);

    /// <summary>Number of pages.</summary>
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
