namespace Bot.Dialogs.Ports;

/// <summary>The publication catalogue as the dialogs see it (implemented over the Lucene index).</summary>
public interface ICatalog
{
    /// <summary>One page of results for a user's query (any text is safe); page is 1-based.</summary>
    Task<CatalogPage> SearchAsync(string query, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>A publication's details, or null when it is not (or no longer) in the catalogue.</summary>
    Task<PublicationDetail?> GetAsync(string id, CancellationToken cancellationToken);
}

/// <summary>
/// A page of results, with a suggestion from the index's own terms when nothing matched. <paramref name="Preparing"/>
/// is true while the catalogue is still being loaded (first start), so an empty page is not "nothing matches".
/// </summary>
public sealed record CatalogPage(int Total, IReadOnlyList<PublicationSummary> Hits, string? DidYouMean, bool Preparing = false);

/// <summary>One result; press releases (Berita Resmi Statistik) are shown with their release date.</summary>
public sealed record PublicationSummary(string Id, string Title, int Year, int Pages, long SizeBytes, DateOnly? ReleaseDate = null, bool IsPressRelease = false);

public sealed record PublicationDetail(
    string Id,
    string Title,
    string? Subtitle,
    int Year,
    string? CatalogNumber,
    string? PublicationNumber,
    int Pages,
    long SizeBytes,
    string? Abstract,
    DateOnly? ReleaseDate = null,
    bool IsPressRelease = false);
