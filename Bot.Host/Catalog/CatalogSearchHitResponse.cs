namespace Bot.Host.Catalog;

/// <summary>One hit of GET /api/catalog/search.</summary>
internal sealed record CatalogSearchHitResponse(string Id, string Title, int Year, float Score, string Snippet);
