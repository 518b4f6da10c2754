namespace Bot.Catalog.Publications;

/// <summary>Metadata of one statistical publication, as declared in an import manifest.</summary>
public sealed record Publication
{
    /// <summary>Stable identifier, matching <c>[A-Za-z0-9._-]{1,64}</c>; also the stored file name.</summary>
    public required string Id { get; init; }

    /// <summary>Main title, e.g. "Kota Tarakan Dalam Angka 2024".</summary>
    public required string Title { get; init; }

    /// <summary>Optional subtitle.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Publication year (1900–2100).</summary>
    public required int Year { get; init; }

    /// <summary>BPS "No. Katalog", e.g. 1102001.6571, or 1102001.6571010 for a district.</summary>
    public string? CatalogNumber { get; init; }

    /// <summary>BPS "No. Publikasi".</summary>
    public string? PublicationNumber { get; init; }

    /// <summary>ISSN, e.g. 2088-3781.</summary>
    public string? Issn { get; init; }

    /// <summary>ISBN (10 or 13 digits, hyphens allowed).</summary>
    public string? Isbn { get; init; }

    /// <summary>Release date, when known.</summary>
    public DateOnly? ReleaseDate { get; init; }

    /// <summary>"id" (Indonesian, default) or "en".</summary>
    public string Language { get; init; } = "id";

    /// <summary>Subject keywords.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>Short description shown in results.</summary>
    public string? Abstract { get; init; }

    /// <summary>Publication (default) or press release.</summary>
    public CatalogKind Kind { get; init; } = CatalogKind.Publication;

    /// <summary>PDF path relative to the manifest's folder.</summary>
    public required string File { get; init; }
}
