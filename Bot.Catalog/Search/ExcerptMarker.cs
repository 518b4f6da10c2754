using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Bot.Catalog.Search;

/// <summary>
/// Cuts the best short excerpt of a text and marks the searched words in it: the window of at most
/// <see cref="SnippetBuilder.FragmentChars"/> characters holding the most different searched words (then the most
/// matches, then the earliest), widened to whole words, with runs of white space (PDF line breaks) made one space.
/// </summary>
/// <remarks>
/// Replaces Lucene's highlighter, which cut the text into fixed fragments from its start (a match could sit at a
/// fragment's very end) and allocated about 10 KiB per hit; this analyses the text once and keeps only the matches.
/// </remarks>
internal static class ExcerptMarker
{
    private const string Mark = "*";

    // Context shown before the first marked word.
    private const int Lead = 30;

    /// <param name="analyzer">Analyses <paramref name="text"/> as <paramref name="field"/> is indexed.</param>
    /// <param name="field">The field the text is stored in.</param>
    /// <param name="text">The abstract or PDF text.</param>
    /// <param name="stems">The searched words as indexed in <paramref name="field"/>.</param>
    /// <returns>The marked excerpt, or null when no searched word is in the text.</returns>
    public static string? Excerpt(CatalogAnalyzer analyzer, string field, string text, CharArraySet stems)
    {
        var matches = Find(analyzer, field, text, stems);
        if (matches.Count == 0)
        {
            return null;
        }

        var (first, last) = BestWindow(matches);
        var start = WordStart(text, Math.Max(0, matches[first].Start - Lead));
        var end = WordEnd(text, start, matches[last].End);
        var excerpt = new StringBuilder((end - start) + 16);
        if (start > 0)
        {
            excerpt.Append('…');
        }

        // Every match inside the excerpt is marked, also those around the chosen run.
        var next = matches.FindIndex(m => m.Start >= start);
        var stop = matches.FindLastIndex(m => m.End <= end);
        for (var i = start; i < end; i++)
        {
            if (next <= stop && i == matches[next].Start)
            {
                excerpt.Append(Mark);
            }

            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (excerpt.Length > 0 && excerpt[^1] != ' ')
                {
                    excerpt.Append(' ');
                }
            }
            else
            {
                excerpt.Append(c);
            }

            if (next <= stop && i == matches[next].End - 1)
            {
                excerpt.Append(Mark);
                next++;
            }
        }

        var result = excerpt.ToString().Trim();
        return end < text.Length ? result + "…" : result;
    }

    private static List<Match> Find(CatalogAnalyzer analyzer, string field, string text, CharArraySet stems)
    {
        var matches = new List<Match>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            // Looked up on the term's own buffer: no string per token of a long text.
            if (stems.Contains(term.Buffer, 0, term.Length) && offsets.EndOffset <= text.Length && offsets.StartOffset < offsets.EndOffset)
            {
                matches.Add(new Match(offsets.StartOffset, offsets.EndOffset, term.ToString()));
            }
        }

        stream.End();
        return matches;
    }

    /// <summary>The run of matches fitting one excerpt with the most different words, then the most matches.</summary>
    private static (int First, int Last) BestWindow(List<Match> matches)
    {
        var best = (First: 0, Last: 0, Words: 0, Count: 0);
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var first = 0; first < matches.Count; first++)
        {
            words.Clear();
            var last = first;
            while (last + 1 < matches.Count && matches[last + 1].End - matches[first].Start <= SnippetBuilder.FragmentChars - Lead)
            {
                last++;
            }

            for (var i = first; i <= last; i++)
            {
                words.Add(matches[i].Stem);
            }

            if (words.Count > best.Words || (words.Count == best.Words && last - first + 1 > best.Count))
            {
                best = (first, last, words.Count, last - first + 1);
            }
        }

        return (best.First, best.Last);
    }

    // Back to the beginning of the word at position: an excerpt does not start mid-word.
    private static int WordStart(string text, int position)
    {
        while (position > 0 && !char.IsWhiteSpace(text[position - 1]))
        {
            position--;
        }

        return position;
    }

    // Cut at the last space within the excerpt's length, but after the last marked word.
    private static int WordEnd(string text, int start, int mustInclude)
    {
        var end = Math.Max(mustInclude, Math.Min(text.Length, start + SnippetBuilder.FragmentChars));
        if (end >= text.Length)
        {
            return text.Length;
        }

        var cut = end;
        while (cut > mustInclude && !char.IsWhiteSpace(text[cut]))
        {
            cut--;
        }

        return cut;
    }

    private readonly record struct Match(int Start, int End, string Stem);
}
