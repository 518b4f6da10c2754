using Bot.Catalog.Publications;

namespace Bot.Catalog.Search;

/// <summary>Everything the index needs for one publication: metadata plus facts about its stored PDF.</summary>
/// <param name="Publication">Manifest metadata.</param>
/// <param name="FileName">Stored file name (e.g. "kota-tarakan-dalam-angka-2024.pdf").</param>
/// <param name="PageCount">Number of PDF pages (0 when unknown).</param>
/// <param name="SizeBytes">PDF size in bytes (0 when unknown).</param>
/// <param name="Text">Full PDF text, indexed with a low boost.</param>
public sealed record CatalogDocument(Publication Publication, string FileName, int PageCount, long SizeBytes, string? Text);
