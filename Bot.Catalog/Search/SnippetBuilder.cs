using Lucene.Net.Analysis.Util;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bot.Catalog.Search;

/// <summary>
/// Builds short highlighted excerpts for one search (<see cref="ExcerptMarker"/>). The words to mark are taken per
/// field from every term of the rewritten search query, so words matched through typo tolerance or synonyms on
/// other fields are highlighted in the abstract and PDF text too.
/// </summary>
internal sealed class SnippetBuilder
{
    public const int FragmentChars = 160;

    private readonly CatalogAnalyzer analyzer;
    private readonly TermLookup terms;
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CharArraySet?> stemsByField = new(StringComparer.Ordinal);

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
        if (snippet is null && StemsFor(CatalogFields.Text) is not null)
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

        var stems = StemsFor(field);
        return stems is null ? null : ExcerptMarker.Excerpt(analyzer, field, text, stems);
    }

    private CharArraySet? StemsFor(string field)
    {
        if (!stemsByField.TryGetValue(field, out var stems))
        {
            stems = Create(field);
            stemsByField[field] = stems;
        }

        return stems;
    }

    private CharArraySet? Create(string field)
    {
        var stems = new CharArraySet(CatalogAnalyzer.Version, 16, ignoreCase: false);
        foreach (var word in words)
        {
            foreach (var stem in analyzer.Terms(field, word))
            {
                // A word absent from the field in the whole index cannot be in any stored text of it. Without any
                // word left nothing is marked, so the PDF text (a stored-fields read per hit) is never loaded in vain.
                if (stems.Count < 256 && !stems.Contains(stem) && terms.Contains(field, stem))
                {
                    stems.Add(stem);
                }
            }
        }

        return stems.Count == 0 ? null : stems;
    }
}
