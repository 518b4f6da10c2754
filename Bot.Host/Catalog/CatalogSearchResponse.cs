namespace Bot.Host.Catalog;

/// <summary>Body of GET /api/catalog/search.</summary>
internal sealed record CatalogSearchResponse(int Total, IReadOnlyList<CatalogSearchHitResponse> Hits);
