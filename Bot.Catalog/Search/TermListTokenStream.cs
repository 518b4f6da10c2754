using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Catalog.Search;

/// <summary>
/// Terms analysed beforehand, as a token stream: indexes words that must not be analysed again (stemming a stem
/// can change it), so a field can hold each word of a long text once.
/// </summary>
internal sealed class TermListTokenStream : TokenStream
{
    private readonly IReadOnlyList<string> terms;
    private readonly ICharTermAttribute term;
    private int next;

    public TermListTokenStream(IReadOnlyList<string> terms)
    {
        this.terms = terms;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next >= terms.Count)
        {
            return false;
        }

        ClearAttributes();
        term.SetEmpty().Append(terms[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
