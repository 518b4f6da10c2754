using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Bot.Catalog.Search;

/// <summary>
/// "Did you mean" from the index's own vocabulary: each query word unknown to the index is replaced by
/// the closest indexed word (Damerau-Levenshtein), preferring the more frequent word on ties.
/// Unlike the fuzzy search it also corrects the first letter ("qemiskinan" → "kemiskinan").
/// </summary>
internal static class SpellingSuggester
{
    public static string? Suggest(IndexReader reader, IReadOnlyList<string> tokens)
    {
        var terms = MultiFields.GetTerms(reader, CatalogFields.AllExact);
        if (terms is null || tokens.Count == 0)
        {
            return null;
        }

        var changed = false;
        var corrected = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            var replacement = token;
            if (token.Length >= 3 && token.All(char.IsLetter) && reader.DocFreq(new Term(CatalogFields.AllExact, token)) == 0)
            {
                replacement = Closest(terms, token) ?? token;
            }

            changed |= replacement != token;
            corrected.Add(replacement);
        }

        return changed ? string.Join(' ', corrected) : null;
    }

    private static string? Closest(Terms terms, string word)
    {
        var maxDistance = word.Length <= 4 ? 1 : word.Length <= 7 ? 2 : 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFreq = 0;
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var candidate = termsEnum.Term.Utf8ToString();
            if (Math.Abs(candidate.Length - word.Length) > maxDistance)
            {
                continue;
            }

            var distance = Distance(word, candidate, maxDistance);
            if (distance > maxDistance)
            {
                continue;
            }

            var freq = termsEnum.DocFreq;
            if (distance < bestDistance || (distance == bestDistance && freq > bestFreq))
            {
                best = candidate;
                bestDistance = distance;
                bestFreq = freq;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance; returns max+1 early when the bound is exceeded.</summary>
    internal static int Distance(string a, string b, int max)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
