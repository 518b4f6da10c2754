namespace Bot.Dialogs.Ports;

/// <summary>The publication catalogue as the dialogs see it (implemented over the Lucene index).</summary>
public interface ICatalog
{
    /// <summary>One page of results for a user's query (any text is safe); page is 1-based.</summary>
    Task<CatalogPage> SearchAsync(string query, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>A publication's details, or null when it is not (or no longer) in the catalogue.</summary>
    Task<PublicationDetail?> GetAsync(string id, CancellationToken cancellationToken);
}

/// <summary>A page of results, with a suggestion from the index's own terms when nothing matched.</summary>
public sealed record CatalogPage(int Total, IReadOnlyList<PublicationSummary> Hits, string? DidYouMean);

public sealed record PublicationSummary(string Id, string Title, int Year, int Pages, long SizeBytes);

public sealed record PublicationDetail(
    string Id,
    string Title,
    string? Subtitle,
    int Year,
    string? CatalogNumber,
    string? PublicationNumber,
    int Pages,
    long SizeBytes,
    string? Abstract);
