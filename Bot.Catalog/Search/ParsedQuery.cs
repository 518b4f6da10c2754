using Lucene.Net.Search;

namespace Bot.Catalog.Search;

/// <summary>A user query turned into a Lucene query plus the intent found in it.</summary>
/// <param name="Query">The Lucene query, or null when the text holds nothing searchable (e.g. only stop words).</param>
/// <param name="Tokens">Normalised query words in order (recency words removed), used for "did you mean".</param>
/// <param name="ContentTokens">Words that must match text (no years, no filler words).</param>
/// <param name="Years">Years (1990–2100) mentioned in the query; results of these years come first.</param>
/// <param name="PrefersRecent">True when the user asked for the newest ("terbaru", "terakhir", "latest"...).</param>
public sealed record ParsedQuery(
    Query? Query,
    IReadOnlyList<string> Tokens,
    IReadOnlyList<string> ContentTokens,
    IReadOnlySet<int> Years,
    bool PrefersRecent)
{
    /// <summary>The same query requiring fewer words, loosest last; tried in order while nothing is found.</summary>
    public IReadOnlyList<Query> Fallbacks { get; init; } = [];

    /// <summary>
    /// <see cref="Query"/> then each fallback, each paired with its cheap first-pass query that selects the
    /// candidates the full query scores.
    /// </summary>
    public IReadOnlyList<QueryStage> Stages { get; init; } = [];

    /// <summary>The index's terms as looked up while building this query, for the rest of the same search.</summary>
    internal TermLookup? Terms { get; init; }
}

/// <summary>A full scoring query and the cheap query that retrieves its candidates (a superset of its matches).</summary>
/// <param name="Full">The full query: boosted fields, phrases, synonyms, typo terms.</param>
/// <param name="Candidates">The first-pass query over the merged metadata field.</param>
public sealed record QueryStage(Query Full, Query Candidates);
