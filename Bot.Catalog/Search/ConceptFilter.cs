using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Catalog.Search;

/// <summary>
/// Passes a field's stems through and adds, after the last one, the concept term of every synonym phrase found
/// among them (<see cref="SynonymConcepts"/>). For the first-pass field only, which holds no positions: where the
/// concept terms go in the stream does not matter. Unlike Lucene's SynonymFilter it keeps overlapping matches.
/// </summary>
internal sealed class ConceptFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly List<string> stems = [];
    private List<string>? concepts;
    private int next;

    public ConceptFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (concepts is null)
        {
            if (m_input.IncrementToken())
            {
                stems.Add(term.ToString());
                return true;
            }

            concepts = [.. SynonymConcepts.Find(stems)];
        }

        if (next >= concepts.Count)
        {
            return false;
        }

        ClearAttributes();
        term.SetEmpty().Append(concepts[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        stems.Clear();
        concepts = null;
        next = 0;
    }
}
