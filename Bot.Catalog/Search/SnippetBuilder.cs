using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Bot.Catalog.Search;

/// <summary>
/// Builds short highlighted excerpts for one search with Lucene.Net.Highlighter. The highlight query is
/// rebuilt per field from every term of the rewritten search query, so words matched through typo
/// tolerance or synonyms on other fields are highlighted in the abstract and PDF text too.
/// </summary>
internal sealed class SnippetBuilder
{
    public const int FragmentChars = 160;

    private const string MarkStart = "*";
    private const string MarkEnd = "*";

    private readonly CatalogAnalyzer analyzer;
    private readonly TermLookup terms;
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Highlighter?> highlighters = new(StringComparer.Ordinal);

    public SnippetBuilder(CatalogAnalyzer analyzer, TermLookup terms, Query rewrittenQuery)
    {
        this.analyzer = analyzer;
        this.terms = terms;
        try
        {
            // The caller passes the rewritten query, so fuzzy parts are already expanded into terms.
            var queryTerms = new HashSet<Term>();
            rewrittenQuery.ExtractTerms(queryTerms);

            foreach (var term in queryTerms)
            {
                if (term.Field is not (CatalogFields.Id or CatalogFields.Year or CatalogFields.CatalogNumber))
                {
                    words.Add(term.Text);
                }
            }
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException)
        {
            // Some query types cannot list their terms; snippets then fall back to plain text.
        }
    }

    /// <summary>Highlighted abstract excerpt, else highlighted PDF text excerpt, else the abstract's beginning.</summary>
    public string Build(string? abstractText, Func<string?> loadText)
    {
        var snippet = Highlight(CatalogFields.Abstract, abstractText);
        if (snippet is null && HighlighterFor(CatalogFields.Text) is not null)
        {
            // Loading the PDF text costs a second stored-fields read: only when it can be highlighted.
            snippet = Highlight(CatalogFields.Text, loadText());
        }

        return snippet ?? Plain(abstractText);
    }

    internal static string Plain(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        text = text.Trim();
        if (text.Length <= FragmentChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', FragmentChars);
        return string.Concat(text.AsSpan(0, cut > FragmentChars / 2 ? cut : FragmentChars), "…");
    }

    private string? Highlight(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var highlighter = HighlighterFor(field);
        if (highlighter is null)
        {
            return null;
        }

        try
        {
            var fragment = highlighter.GetBestFragment(analyzer, field, text);
            return string.IsNullOrWhiteSpace(fragment) ? null : fragment.Trim();
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }

    private Highlighter? HighlighterFor(string field)
    {
        if (!highlighters.TryGetValue(field, out var highlighter))
        {
            highlighter = Create(field);
            highlighters[field] = highlighter;
        }

        return highlighter;
    }

    private Highlighter? Create(string field)
    {
        var query = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var stem in analyzer.Terms(field, word))
            {
                // A word absent from the field in the whole index cannot be in any stored text of it. Without any
                // word left there is no highlighter, so the PDF text (a stored-fields read per hit) is never loaded
                // in vain.
                if (seen.Add(stem) && query.Clauses.Count < 256 && terms.Contains(field, stem))
                {
                    query.Add(new TermQuery(new Term(field, stem)), Occur.SHOULD);
                }
            }
        }

        if (query.Clauses.Count == 0)
        {
            return null;
        }

        // Plain term scoring is enough (the highlight query holds only terms) and much cheaper than span scoring.
        return new Highlighter(new SimpleHTMLFormatter(MarkStart, MarkEnd), new QueryTermScorer(query, field))
        {
            TextFragmenter = new SimpleFragmenter(FragmentChars),
        };
    }
}
