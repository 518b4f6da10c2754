using System.Globalization;
using Bot.Catalog.Search;

namespace Bot.Host.Catalog;

/// <summary>GET /api/catalog/search?q=...&amp;page=1 (page size 10).</summary>
internal static class CatalogSearchEndpoint
{
    public const int PageSize = 10;
    public const int MaxPage = 1000;
    public const int MaxQueryLength = 500;

    /// <summary>Validates the parameters (400 problem details) and searches.</summary>
    public static IResult Handle(string? q, string? page, CatalogService catalog)
    {
        var errors = Validate(q, page, out var pageNumber);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid catalogue search");
        }

        var result = catalog.Search(q, pageNumber, PageSize);
        var hits = result.Hits
            .Select(h => new CatalogSearchHitResponse(h.Entry.Id, h.Entry.Title, h.Entry.Year, h.Score, h.Snippet))
            .ToList();
        return Results.Ok(new CatalogSearchResponse(result.Total, hits));
    }

    /// <summary>Returns the problems per parameter; <paramref name="pageNumber"/> is 1 when page is absent.</summary>
    public static Dictionary<string, string[]> Validate(string? q, string? page, out int pageNumber)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["The search text 'q' is required."];
        }
        else if (q.Length > MaxQueryLength)
        {
            errors["q"] = [$"The search text must be at most {MaxQueryLength} characters."];
        }

        pageNumber = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.Integer, CultureInfo.InvariantCulture, out pageNumber) || pageNumber is < 1 or > MaxPage))
        {
            errors["page"] = [$"The page must be a whole number from 1 to {MaxPage}."];
        }

        return errors;
    }
}
