using System.Security.Cryptography;
using System.Text;

namespace Bot.Catalog.Search;

/// <summary>
/// One indexed term per synonym group in the first-pass field: wherever a phrase of a group occurs in a
/// publication's metadata (or a word of it in the PDF text), the group's concept term is indexed beside it. The
/// first pass then finds "ipm", "indeks pembangunan manusia" and "human development index" with one term instead
/// of a disjunction of phrase conjunctions, the costliest part of a search for a known name.
/// </summary>
/// <remarks>
/// The full query still expands synonyms at query time and scores the candidates by the words themselves. The
/// first-pass field's name carries a fingerprint of <see cref="CatalogSynonyms.Groups"/>: after the list changes, an
/// index written before has no field of that name and is ranked exhaustively (correct, slower) until re-imported.
/// </remarks>
internal static class SynonymConcepts
{
    // The tokenizer drops this symbol from any text, so no publication or query word can be mistaken for a concept.
    private const string Marker = "≡";

    private static readonly Lazy<IReadOnlyDictionary<string, Phrase[]>> LazyPhrases = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Eight hex digits that change whenever the synonym list changes.</summary>
    public static string Fingerprint { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join("\n", CatalogSynonyms.Groups.Select(group => string.Join("|", group))))))[..8].ToLowerInvariant();

    /// <summary>The concept term of a normalised group (<see cref="CatalogQueryBuilder"/>'s form of a group).</summary>
    public static string ConceptOf(IReadOnlyList<List<string>> group) => Marker + string.Join('_', group[0]);

    /// <summary>
    /// The concept terms of every phrase found in <paramref name="stems"/> (consecutive stems), overlapping matches
    /// included: "kesejahteraan rakyat" is both Susenas and welfare.
    /// </summary>
    public static HashSet<string> Find(IReadOnlyList<string> stems)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var phrases = LazyPhrases.Value;
        for (var i = 0; i < stems.Count; i++)
        {
            if (!phrases.TryGetValue(stems[i], out var starting))
            {
                continue;
            }

            foreach (var phrase in starting)
            {
                if (i + phrase.Stems.Length <= stems.Count && Matches(stems, i, phrase.Stems))
                {
                    found.Add(phrase.Concept);
                }
            }
        }

        return found;
    }

    private static bool Matches(IReadOnlyList<string> stems, int start, string[] phrase)
    {
        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(stems[start + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static IReadOnlyDictionary<string, Phrase[]> Build()
    {
        // A plain analyzer: the first-pass field's own chain uses these phrases.
        using var analyzer = new CatalogAnalyzer();
        var queries = new CatalogQueryBuilder(analyzer);
        var phrases = new List<Phrase>();
        foreach (var raw in CatalogSynonyms.Groups)
        {
            var group = queries.NormaliseGroup(raw);
            if (group.Length < 2)
            {
                continue;
            }

            var concept = ConceptOf(group);
            // Queries match phrases without filler words ("farmer terms trade"); titles keep them ("… terms of trade").
            foreach (var words in group)
            {
                phrases.Add(new Phrase(words.Select(queries.Stem).ToArray(), concept));
            }

            foreach (var phrase in raw)
            {
                phrases.Add(new Phrase(analyzer.Terms(CatalogFields.Title, phrase).ToArray(), concept));
            }
        }

        return phrases
            .Where(p => p.Stems.Length > 0)
            .DistinctBy(p => string.Join(' ', p.Stems) + "|" + p.Concept)
            .GroupBy(p => p.Stems[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    private sealed record Phrase(string[] Stems, string Concept);
}
