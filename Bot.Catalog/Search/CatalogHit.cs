namespace Bot.Catalog.Search;

/// <summary>One search result.</summary>
/// <param name="Entry">The publication.</param>
/// <param name="Score">Lucene relevance score (only comparable within one search).</param>
/// <param name="Snippet">Excerpt of the abstract or PDF text with matches wrapped in <c>*</c> (WhatsApp/Telegram bold).</param>
public sealed record CatalogHit(CatalogEntry Entry, float Score, string Snippet);
