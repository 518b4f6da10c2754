using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bot.Catalog.Search;

/// <summary>
/// Typo expansions (a fuzzy query rewritten into the indexed words it reaches) per misspelled word, kept for
/// the index reader they were computed on. Expanding walks the term dictionary with a Levenshtein automaton
/// (about 1 ms for a long word with two edits); the words reachable from a misspelling only change when the
/// index does, so a new reader (an import, seen at the next refresh) starts an empty cache. Thread-safe.
/// </summary>
internal sealed class TypoExpansionCache
{
    /// <summary>Bounded: misspellings are open-ended (hostile text too); a rare clear costs little.</summary>
    private const int MaxEntries = 2_000;

    private Entries current = new(null, new(StringComparer.Ordinal));

    /// <summary>
    /// The expansion of <paramref name="fuzzy"/> on <paramref name="reader"/>, computed once per reader and word.
    /// The returned query is shared: callers must not change it (Lucene clones a query before changing its boost).
    /// </summary>
    public Query Expand(IndexReader reader, string key, FuzzyQuery fuzzy)
    {
        var entries = Volatile.Read(ref current);
        if (!ReferenceEquals(entries.Reader, reader))
        {
            entries = new Entries(reader, new(StringComparer.Ordinal));
            Volatile.Write(ref current, entries);
        }

        if (entries.Expansions.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var expanded = fuzzy.Rewrite(reader);
        if (entries.Expansions.Count >= MaxEntries)
        {
            entries.Expansions.Clear();
        }

        entries.Expansions[key] = expanded;
        return expanded;
    }

    private sealed record Entries(IndexReader? Reader, ConcurrentDictionary<string, Query> Expansions);
}
