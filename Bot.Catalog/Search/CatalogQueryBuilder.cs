using System.Globalization;
using Bot.Catalog.Publications;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bot.Catalog.Search;

/// <summary>
/// Builds Lucene queries from free text without the classic QueryParser, so no input can cause a syntax
/// error or an expensive query: text is capped, tokenised by the analyzer, capped to <see cref="MaxTokens"/>
/// words, and each word becomes a small disjunction over boosted fields, with typo tolerance and synonyms.
/// </summary>
public sealed class CatalogQueryBuilder
{
    /// <summary>Longer input is cut: no real catalogue query is longer, and it bounds work.</summary>
    public const int MaxQueryChars = 512;

    /// <summary>At most this many words are used.</summary>
    public const int MaxTokens = 16;

    private const float TitleExactBoost = 6f;
    private const float TitleBoost = 4f;
    private const float SubtitleBoost = 3f;
    private const float SubjectsBoost = 3f;
    private const float AbstractBoost = 2f;
    private const float TextBoost = 0.4f;
    private const float FuzzyBoost = 2.5f;
    private const int MaxFuzzyExpansions = 20;
    private const float SynonymFactor = 0.8f;
    private const float YearBoost = 3f;
    private const float CatalogNumberBoost = 20f;
    private const float WholePhraseBoost = 6f;
    private const int WholePhraseSlop = 3;

    private static readonly HashSet<string> RecencyWords = new(StringComparer.Ordinal)
    {
        "terbaru", "terakhir", "terkini", "latest", "newest", "recent", "mutakhir", "terupdate",
    };

    // Chat users wrap the topic in request words; they carry no topic and would match everything's PDF text.
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "publikasi", "publication", "publications", "buku", "book", "cari", "carikan", "mencari", "tolong", "minta",
        "mohon", "tentang", "tahun", "laporan", "report", "saya", "mau", "ingin", "butuh", "perlu", "ada", "apa",
        "pdf", "unduh", "download", "data", "the", "of", "for", "in", "on", "and", "a", "an", "to", "about",
        "please", "find", "search", "year", "bps", "dong", "ya", "kak", "min", "gan",
    };

    private const float CandidateYearBoost = 10f;
    private const int MaxCachedStems = 10_000;

    private readonly CatalogAnalyzer analyzer;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly List<List<string>[]> synonymGroups;
    private readonly TypoExpansionCache typoExpansions = new();

    /// <summary>Creates a builder using <paramref name="analyzer"/> (the index's analyzer).</summary>
    public CatalogQueryBuilder(CatalogAnalyzer analyzer)
    {
        this.analyzer = analyzer;
        synonymGroups = CatalogSynonyms.Groups.Select(NormaliseGroup).Where(group => group.Length > 1).ToList();
    }

    /// <summary>A synonym group's phrases as query words (phrases left with no word dropped).</summary>
    internal List<string>[] NormaliseGroup(string[] phrases) =>
        phrases.Select(phrase => Normalise(phrase).ToList()).Where(tokens => tokens.Count > 0).ToArray();

    /// <summary>Parses <paramref name="text"/>; never throws for any input.</summary>
    /// <param name="text">The user's text.</param>
    /// <param name="reader">
    /// When given, typo tolerance is only added for words the index does not contain: a known word is
    /// almost always spelled as meant, and skipping its fuzzy expansion keeps queries fast on large catalogues.
    /// </param>
    public ParsedQuery Build(string? text, IndexReader? reader = null)
    {
        var all = Tokenise(text);
        var prefersRecent = all.Any(RecencyWords.Contains);
        var tokens = all.Where(t => !RecencyWords.Contains(t)).ToList();
        var nonFiller = tokens.Where(t => !FillerWords.Contains(t)).ToList();
        if (nonFiller.Count > 0)
        {
            tokens = nonFiller;
        }

        var years = new HashSet<int>();
        var content = new List<string>();
        var terms = reader is null ? null : new TermLookup(reader);
        var units = BuildUnits(tokens, content, years, terms);

        var stages = new List<QueryStage>();
        if (units.Count > 0)
        {
            var minimum = MinimumMatching(units.Count);
            stages.Add(Stage(units, content, years, minimum, terms));
            // Loosen step by step: one word fewer, then any single word.
            if (minimum > 1)
            {
                stages.Add(Stage(units, content, years, minimum - 1, terms));
            }

            if (minimum > 2)
            {
                stages.Add(Stage(units, content, years, 1, terms));
            }
        }
        else if (years.Count > 0)
        {
            var root = new BooleanQuery();
            foreach (var year in years)
            {
                root.Add(new TermQuery(new Term(CatalogFields.Year, year.ToString(CultureInfo.InvariantCulture))), Occur.SHOULD);
            }

            stages.Add(new QueryStage(root, root));
        }
        else if (prefersRecent)
        {
            var everything = new MatchAllDocsQuery();
            stages.Add(new QueryStage(everything, everything));
        }

        return new ParsedQuery(stages.Count > 0 ? stages[0].Full : null, tokens, content, years, prefersRecent)
        {
            Fallbacks = stages.Skip(1).Select(s => s.Full).ToList(),
            Stages = stages,
            Terms = terms,
        };
    }

    private QueryStage Stage(List<Unit> units, List<string> content, HashSet<int> years, int minimum, TermLookup? terms) =>
        new(Root(units.Select(u => u.Full).ToList(), content, years, minimum, terms), CandidateRoot(units.Select(u => u.Candidates).ToList(), years, minimum));

    /// <summary>
    /// The first-pass query: the same words, required the same way, but each word is its term in the merged
    /// metadata field (plus stemmed title, PDF text and typo terms) instead of a disjunction over six boosted
    /// fields and phrases. It matches every document the full query matches (and rarely a few more), at a fraction of
    /// the cost; the full query then scores only its top candidates.
    /// </summary>
    private static BooleanQuery CandidateRoot(List<Query> units, HashSet<int> years, int minimumMatching)
    {
        var allRequired = minimumMatching >= units.Count && units.Count > 1;
        // A lone clause needs no minimum: the query then rewrites to the clause itself (no coordinating scorer).
        var contentQuery = new BooleanQuery { MinimumNumberShouldMatch = allRequired || units.Count == 1 ? 0 : minimumMatching };
        foreach (var unit in units)
        {
            contentQuery.Add(unit, allRequired ? Occur.MUST : Occur.SHOULD);
        }

        var root = new BooleanQuery { { contentQuery, Occur.MUST } };
        foreach (var year in years)
        {
            // Strong enough that the requested year's editions are always among the candidates.
            root.Add(new TermQuery(new Term(CatalogFields.Year, year.ToString(CultureInfo.InvariantCulture))) { Boost = CandidateYearBoost }, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>
    /// How many word units must match: all of up to three, three of four, 70% of more.
    /// Requiring the words keeps results precise and lets Lucene skip most documents (fast on large
    /// catalogues); the search falls back to <see cref="ParsedQuery.Fallbacks"/> when this finds nothing.
    /// </summary>
    private static int MinimumMatching(int units) => units switch
    {
        <= 3 => units,
        4 => 3,
        _ => (int)Math.Ceiling(units * 0.7),
    };

    private BooleanQuery Root(List<Query> units, List<string> content, HashSet<int> years, int minimumMatching, TermLookup? terms)
    {
        // When every unit is required use MUST: a conjunction leapfrogs through postings much faster
        // than a minimum-should-match disjunction.
        var allRequired = minimumMatching >= units.Count && units.Count > 1;
        // A lone clause needs no minimum: the query then rewrites to the clause itself (no coordinating scorer).
        var contentQuery = new BooleanQuery { MinimumNumberShouldMatch = allRequired || units.Count == 1 ? 0 : minimumMatching };
        foreach (var unit in units)
        {
            contentQuery.Add(unit, allRequired ? Occur.MUST : Occur.SHOULD);
        }

        var root = new BooleanQuery { { contentQuery, Occur.MUST } };
        if (content.Count >= 2)
        {
            // Words that appear together in a title ("tarakan ... angka") beat scattered matches.
            var stems = content.Select(Stem).ToList();
            var phrase = new DisjunctionMaxQuery(0f);
            AddPhrase(phrase, Phrase(terms, CatalogFields.TitleExact, content, WholePhraseBoost, WholePhraseSlop));
            if (!stems.SequenceEqual(content))
            {
                AddPhrase(phrase, Phrase(terms, CatalogFields.Title, stems, WholePhraseBoost * 0.8f, WholePhraseSlop));
            }

            if (phrase.Disjuncts.Count > 0)
            {
                root.Add(phrase, Occur.SHOULD);
            }
        }

        foreach (var year in years)
        {
            root.Add(new TermQuery(new Term(CatalogFields.Year, year.ToString(CultureInfo.InvariantCulture))) { Boost = YearBoost }, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>Normalised, capped words of <paramref name="text"/> (lower case, no stop words).</summary>
    public IReadOnlyList<string> Normalise(string? text)
    {
        var tokens = Tokenise(text);
        return tokens.Where(t => !FillerWords.Contains(t)).ToList() is { Count: > 0 } kept ? kept : tokens;
    }

    private List<string> Tokenise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (text.Length > MaxQueryChars)
        {
            var cut = MaxQueryChars;
            if (char.IsHighSurrogate(text[cut - 1]))
            {
                cut--; // never split a surrogate pair (emoji)
            }

            text = text[..cut];
        }

        return analyzer.Terms(CatalogFields.AllExact, text).Take(MaxTokens).ToList();
    }

    private static bool IsYear(string token) =>
        token.Length == 4 && token.All(char.IsAsciiDigit) && int.Parse(token, CultureInfo.InvariantCulture) is >= 1990 and <= 2100;

    private List<Unit> BuildUnits(List<string> tokens, List<string> content, HashSet<int> years, TermLookup? terms)
    {
        var units = new List<Unit>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (length, groups) = LongestSynonymMatch(tokens, i);
            if (length >= 2)
            {
                var phrase = tokens.GetRange(i, length);
                content.AddRange(phrase);
                var unit = new DisjunctionMaxQuery(0.1f);
                AddClause(unit, PhraseClause(terms, phrase, 1.2f));
                var words = new BooleanQuery();
                var candidateWords = new BooleanQuery();
                foreach (var word in phrase)
                {
                    // The words of a known name must all appear, adjacent or not; allowing any one of
                    // them ("indeks" alone) would match half the catalogue. They matched a known name, so
                    // they are spelled as meant: no typo expansion.
                    var (full, candidates) = WordClause(word, terms, fuzzy: false);
                    words.Add(full, Occur.MUST);
                    candidateWords.Add(candidates, Occur.MUST);
                }

                unit.Add(words);
                // The name's own words, adjacent or not, match the full query's word clause; the concept terms stand
                // for the name and all its synonyms as phrases.
                var concepts = Concepts(groups, terms);
                var candidateUnit = concepts ?? new DisjunctionMaxQuery(0f);
                candidateUnit.Add(candidateWords);
                AddExpansions(unit, concepts is null ? candidateUnit : null, groups, phrase, terms, []);
                units.Add(new Unit(unit, candidateUnit));
                i += length;
                continue;
            }

            var token = tokens[i];
            i++;
            if (IsYear(token))
            {
                // Years rank, they do not have to match text. A year inside a known name
                // ("sensus penduduk 2020") was consumed above and is not a year preference.
                years.Add(int.Parse(token, CultureInfo.InvariantCulture));
                continue;
            }

            if (ManifestReader.IsValidCatalogNumber(token))
            {
                var number = new TermQuery(new Term(CatalogFields.CatalogNumber, token)) { Boost = CatalogNumberBoost };
                units.Add(new Unit(number, number));
                content.Add(token);
                continue;
            }

            content.Add(token);
            // A word with synonyms ("poverty") is understood already; typo expansion would only add cost.
            var (tokenFull, tokenCandidates) = WordClause(token, terms, fuzzy: groups.Count == 0);
            var tokenUnit = new DisjunctionMaxQuery(0.1f) { tokenFull };
            var tokenConcepts = Concepts(groups, terms);
            var candidateTokenUnit = tokenConcepts ?? new DisjunctionMaxQuery(0f) { tokenCandidates };
            AddExpansions(tokenUnit, tokenConcepts is null ? candidateTokenUnit : null, groups, [token], terms, [Stem(token)]);
            units.Add(new Unit(tokenUnit, candidateTokenUnit));
        }

        return units;
    }

    private (int Length, List<List<string>[]> Groups) LongestSynonymMatch(List<string> tokens, int start)
    {
        var best = 0;
        var groups = new List<List<string>[]>();
        foreach (var group in synonymGroups)
        {
            foreach (var phrase in group)
            {
                if (phrase.Count < best || start + phrase.Count > tokens.Count || !Matches(tokens, start, phrase))
                {
                    continue;
                }

                if (phrase.Count > best)
                {
                    best = phrase.Count;
                    groups.Clear();
                }

                if (!groups.Contains(group))
                {
                    groups.Add(group);
                }
            }
        }

        return (best, groups);
    }

    private static bool Matches(List<string> tokens, int start, List<string> phrase)
    {
        for (var k = 0; k < phrase.Count; k++)
        {
            if (tokens[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first-pass clause of a word or name that has synonyms: its groups' concept terms (see
    /// <see cref="SynonymConcepts"/>), which stand for every phrase of the group. Null when the word has no group, or
    /// none of its groups occurs in the index: the first pass then uses the words themselves.
    /// </summary>
    private static DisjunctionMaxQuery? Concepts(List<List<string>[]> groups, TermLookup? terms)
    {
        if (groups.Count == 0)
        {
            return null;
        }

        var concepts = new DisjunctionMaxQuery(0f);
        foreach (var group in groups)
        {
            AddTerm(concepts, terms, CatalogFields.Meta, SynonymConcepts.ConceptOf(group), 1f);
        }

        return concepts.Disjuncts.Count > 0 ? concepts : null;
    }

    // covered: stems already matched by a one-word first-pass clause of this unit. A synonym with one of them adds
    // nothing to the first pass (the same term again, or a phrase whose documents that term already matches) but a
    // scorer per matching document ("kemiskinan", "miskin" and "penduduk miskin" all need "miskin"), so it is left
    // out there; the full query keeps every synonym.
    // candidateUnit: null when the unit's first pass is its concept terms, which cover every expansion already.
    private void AddExpansions(DisjunctionMaxQuery unit, DisjunctionMaxQuery? candidateUnit, List<List<string>[]> groups, List<string> matched, TermLookup? terms, HashSet<string> covered)
    {
        // One-word synonyms first, so a phrase is known to be covered whatever its place in the group.
        foreach (var group in groups)
        {
            foreach (var phrase in group)
            {
                if (phrase.Count != 1 || phrase.SequenceEqual(matched))
                {
                    continue;
                }

                var (full, candidates) = WordClause(phrase[0], terms, SynonymFactor, fuzzy: false);
                if (full.Disjuncts.Count == 0)
                {
                    // None of its terms is indexed: an empty clause matches nothing and would only add a scorer.
                    continue;
                }

                unit.Add(full);
                if (covered.Add(Stem(phrase[0])))
                {
                    candidateUnit?.Add(candidates);
                }
            }
        }

        foreach (var group in groups)
        {
            foreach (var phrase in group)
            {
                if (phrase.Count == 1 || phrase.SequenceEqual(matched))
                {
                    continue;
                }

                AddClause(unit, PhraseClause(terms, phrase, SynonymFactor));
                if (candidateUnit is null || phrase.Exists(word => covered.Contains(Stem(word))))
                {
                    continue;
                }

                // A phrase in one metadata field implies all its words in the merged field.
                var words = new BooleanQuery();
                foreach (var word in phrase)
                {
                    words.Add(new TermQuery(new Term(CatalogFields.Meta, Stem(word))), Occur.MUST);
                }

                candidateUnit.Add(words);
            }
        }
    }

    /// <summary>One word over all fields: exact title above stemmed fields, PDF text lowest, plus typo tolerance.</summary>
    private (DisjunctionMaxQuery Full, Query Candidates) WordClause(string word, TermLookup? terms, float factor = 1f, bool fuzzy = true)
    {
        var stem = Stem(word);
        // Tie-breaker 0.3: a word found in title, subjects and abstract beats one found in a single field.
        // Terms absent from the index are left out (when the reader is known): they match nothing, and a
        // clause left with one term rewrites to a plain term query instead of a disjunction scorer.
        var clause = new DisjunctionMaxQuery(0.3f);
        AddTerm(clause, terms, CatalogFields.TitleExact, word, TitleExactBoost * factor);
        AddTerm(clause, terms, CatalogFields.Subtitle, stem, SubtitleBoost * factor);
        AddTerm(clause, terms, CatalogFields.Subjects, stem, SubjectsBoost * factor);
        AddTerm(clause, terms, CatalogFields.Abstract, stem, AbstractBoost * factor);
        AddTerm(clause, terms, CatalogFields.Text, stem, TextBoost * factor);
        if (stem != word)
        {
            // When stemming changes nothing the stemmed title matches exactly the same titles as the
            // exact one; skipping it saves a whole postings list per word on large catalogues.
            AddTerm(clause, terms, CatalogFields.Title, stem, TitleBoost * factor);
        }

        // Every document the full clause matches has the stem in the merged first-pass field, which holds the
        // metadata and the PDF text's words; its frequency tells title, other metadata and text apart. A lone term
        // rewrites to a plain term scorer, the cheapest way through tens of thousands of matches.
        var candidates = new DisjunctionMaxQuery(0.3f);
        AddTerm(candidates, terms, CatalogFields.Meta, stem, 1f);

        if (fuzzy && word.Length >= 4 && word.All(char.IsLetter) && IsUnknown(word, terms))
        {
            // Edits scale with length: one typo in short words, two in long ones; the first letter must match.
            var edits = word.Length <= 6 ? 1 : 2;
            // One fuzzy query over all metadata words (titles included): each costs an automaton build and
            // a walk of the term dictionary, so one field instead of two halves the cost of a typo.
            var fuzzyQuery = new FuzzyQuery(new Term(CatalogFields.AllExact, word), edits, 1, MaxFuzzyExpansions, true) { Boost = FuzzyBoost * factor };
            // Expanded once here and shared by both passes, so the dictionary is walked only once (per index reader).
            var typo = terms is null
                ? fuzzyQuery
                : typoExpansions.Expand(terms.Reader, string.Create(CultureInfo.InvariantCulture, $"{word}|{factor}"), fuzzyQuery);

            clause.Add(typo);
            candidates.Add(typo);
        }

        return (clause, candidates);
    }

    /// <summary>A multi-word name in the metadata fields; positional matching in the long PDF text is too costly for its small weight.</summary>
    private DisjunctionMaxQuery PhraseClause(TermLookup? terms, List<string> words, float factor)
    {
        var stems = words.Select(Stem).ToList();
        var clause = new DisjunctionMaxQuery(0.1f);
        AddPhrase(clause, Phrase(terms, CatalogFields.Title, stems, TitleBoost * factor));
        AddPhrase(clause, Phrase(terms, CatalogFields.Subjects, stems, SubjectsBoost * factor));
        AddPhrase(clause, Phrase(terms, CatalogFields.Abstract, stems, AbstractBoost * factor));
        return clause;
    }

    private bool IsUnknown(string word, TermLookup? terms) =>
        terms is null || (!terms.Contains(CatalogFields.AllExact, word) && !terms.Contains(CatalogFields.Text, Stem(word)));

    internal string Stem(string word)
    {
        if (stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        stem = analyzer.Terms(CatalogFields.Title, word) is [var first, ..] ? first : word;
        if (stems.Count >= MaxCachedStems)
        {
            // Bounded: query words are open-ended (typos, hostile text); a rare clear costs little.
            stems.Clear();
        }

        stems[word] = stem;
        return stem;
    }

    // An empty disjunction matches nothing but would still cost a scorer.
    private static void AddClause(DisjunctionMaxQuery unit, DisjunctionMaxQuery clause)
    {
        if (clause.Disjuncts.Count > 0)
        {
            unit.Add(clause);
        }
    }

    private static TermQuery Term(string field, string text, float boost) => new(new Term(field, text)) { Boost = boost };

    private static void AddTerm(DisjunctionMaxQuery clause, TermLookup? terms, string field, string text, float boost)
    {
        var term = new Term(field, text);
        if (terms is null)
        {
            clause.Add(new TermQuery(term) { Boost = boost });
            return;
        }

        // The term's dictionary entry, looked up once here, travels with the query: both passes build their
        // weights from it instead of seeking the term again in every segment.
        var states = terms.Context(term);
        if (states.DocFreq > 0)
        {
            clause.Add(new TermQuery(term, states) { Boost = boost });
        }
    }

    /// <summary>
    /// A phrase in one field, or null when one of its words is not in that field anywhere in the index: it could
    /// match nothing, and Lucene would still look up all of its words again for every search.
    /// </summary>
    private static PhraseQuery? Phrase(TermLookup? terms, string field, List<string> words, float boost, int slop = 2)
    {
        // Slop 2 tolerates a removed stop word ("kecamatan dalam angka") or a word in between.
        var query = new PhraseQuery { Slop = slop, Boost = boost };
        foreach (var word in words)
        {
            var term = new Term(field, word);
            if (terms is not null && terms.DocFreq(term) == 0)
            {
                return null;
            }

            query.Add(term);
        }

        return query;
    }

    private static void AddPhrase(DisjunctionMaxQuery clause, PhraseQuery? phrase)
    {
        if (phrase is not null)
        {
            clause.Add(phrase);
        }
    }

    /// <summary>One query word (or known name): its full scoring clause and its cheap first-pass clause.</summary>
    private readonly record struct Unit(Query Full, Query Candidates);
}
