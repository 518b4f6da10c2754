using Lucene.Net.Index;

namespace Bot.Catalog.Search;

/// <summary>
/// The index's term dictionary as one search sees it: one terms enumerator per segment and field, reused for every
/// lookup, and each term looked up once. <see cref="TermContext.Build"/> creates a new enumerator (a few KiB of
/// frames and buffers) per term and segment, and a search looks up dozens of terms: words in six fields, synonyms,
/// phrase words, snippet words. Not thread-safe: one instance per search.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> enumerators = [];
    private readonly Dictionary<Term, TermContext> contexts = [];

    public IndexReader Reader => reader;

    /// <summary>Where <paramref name="term"/> is in each segment; its document frequency is 0 when nowhere.</summary>
    public TermContext Context(Term term)
    {
        if (contexts.TryGetValue(term, out var known))
        {
            return known;
        }

        var top = reader.Context;
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            var key = (leaf.Ord, term.Field);
            if (!enumerators.TryGetValue(key, out var terms))
            {
                terms = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
                enumerators[key] = terms;
            }

            // The term state is a copy, so the enumerator can move on to the next lookup.
            if (terms is not null && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        contexts[term] = context;
        return context;
    }

    public int DocFreq(Term term) => Context(term).DocFreq;

    public bool Contains(string field, string text) => DocFreq(new Term(field, text)) > 0;
}
