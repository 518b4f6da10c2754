namespace Bot.Catalog.Search;

/// <summary>Lucene field names of the catalogue index.</summary>
internal static class CatalogFields
{
    public const string Id = "id";
    public const string Title = "title";             // stemmed
    public const string TitleExact = "title_exact";  // unstemmed, boosted above the stemmed title
    public const string Subtitle = "subtitle";       // stemmed
    public const string Subjects = "subjects";       // stemmed, stored (multi-valued)
    public const string Abstract = "abstract";       // stemmed, stored
    public const string Text = "text";               // stemmed PDF text, stored for snippets, low boost
    // Stemmed title (eight times), subtitle, subjects and abstract (twice each) and the distinct stems of the PDF text
    // (once), with the concept term of every synonym found (SynonymConcepts), freqs only, no norms: cheap first-pass
    // retrieval with one term per word (FirstPassSimilarity). Its name changes with its layout (earlier "meta",
    // "meta_titled") and with the synonym list, so an index written before is ranked exhaustively until re-imported.
    public static readonly string Meta = "meta_c" + SynonymConcepts.Fingerprint;
    public const string AllExact = "all_exact";      // unstemmed title+subtitle+subjects+abstract: typo and spelling lookups
    public const string Year = "year";               // string term + stored
    public const string YearSort = "year_dv";        // doc values for recency
    public const string ReleaseSort = "release_dv";  // yyyymmdd doc values for recency
    public const string EntryBlob = "entry_dv";      // binary doc values: the encoded CatalogEntry (CatalogEntryCodec)
    public const string CatalogNumber = "catno";
    public const string PublicationNumber = "pubno";
    public const string Issn = "issn";
    public const string Isbn = "isbn";
    public const string ReleaseDate = "release";
    public const string Language = "lang";
    public const string Pages = "pages";
    public const string SizeBytes = "size";
    public const string FileName = "file";

    /// <summary>"publication" or "pressrelease" (stored, filterable).</summary>
    public const string Kind = "kind";

    /// <summary>Fields loaded to build a result (everything except the potentially huge PDF text).</summary>
    public static readonly ISet<string> ResultFields = new HashSet<string>
    {
        Id, Title, Subtitle, Subjects, Abstract, Year, CatalogNumber, PublicationNumber, Issn, Isbn,
        ReleaseDate, Language, Pages, SizeBytes, FileName, Kind,
    };
}
