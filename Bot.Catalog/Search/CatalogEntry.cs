using Bot.Catalog.Publications;

namespace Bot.Catalog.Search;

/// <summary>Stored data of one indexed publication, enough to show it in a chat reply.</summary>
public sealed record CatalogEntry
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public int Year { get; init; }
    public string? CatalogNumber { get; init; }
    public string? PublicationNumber { get; init; }
    public string? Issn { get; init; }
    public string? Isbn { get; init; }
    public DateOnly? ReleaseDate { get; init; }
    public string Language { get; init; } = "id";
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public string? Abstract { get; init; }
    public string FileName { get; init; } = "";
    public int PageCount { get; init; }
    public long SizeBytes { get; init; }
    public CatalogKind Kind { get; init; } = CatalogKind.Publication;
}
