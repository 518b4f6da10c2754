using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Bot.Catalog.Search;

/// <summary>
/// Indonesian analysis for catalogue fields: standard tokenisation, lower-casing, accent folding,
/// Indonesian stop words and, for stemmed fields, <see cref="IndonesianStemFilter"/> with regional names
/// protected by <see cref="SetKeywordMarkerFilter"/>. Fields ending in "_exact" are not stemmed.
/// </summary>
public sealed class CatalogAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet ProtectedWords = new(Version, RegionalNames.Words.Concat(LoanWords.Words).ToList(), true);

    // "dalam" (as in "Dalam Angka") is a stop word in Lucene's Indonesian list; that is fine because
    // index and queries go through the same filter.
    private static readonly CharArraySet StopWords = IndonesianAnalyzer.DefaultStopSet;

    /// <summary>Creates the analyzer.</summary>
    public CatalogAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    /// <summary>True when terms of <paramref name="fieldName"/> are stemmed.</summary>
    public static bool IsStemmed(string fieldName) => !fieldName.EndsWith("_exact", StringComparison.Ordinal);

    /// <summary>Returns the terms <paramref name="text"/> produces for <paramref name="fieldName"/>.</summary>
    public IReadOnlyList<string> Terms(string fieldName, string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The distinct terms <paramref name="text"/> produces for <paramref name="fieldName"/>, in first-seen order.</summary>
    public IReadOnlyList<string> DistinctTerms(string fieldName, string text)
    {
        var terms = new List<string>();
        // Checked on the term's own buffer: a long PDF text repeats most words, and only new ones become strings.
        var seen = new CharArraySet(Version, 1024, ignoreCase: false);
        using var stream = GetTokenStream(fieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (!seen.Contains(term.Buffer, 0, term.Length))
            {
                var value = term.ToString();
                seen.Add(value);
                terms.Add(value);
            }
        }

        stream.End();
        return terms;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        if (IsStemmed(fieldName))
        {
            stream = new SetKeywordMarkerFilter(stream, ProtectedWords);
            stream = new IndonesianStemFilter(stream);
        }

        if (fieldName == CatalogFields.Meta)
        {
            stream = new ConceptFilter(stream);
        }

        return new TokenStreamComponents(source, stream);
    }
}
