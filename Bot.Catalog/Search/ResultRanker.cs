using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bot.Catalog.Search;

/// <summary>
/// Re-orders the top hits for intents a text score cannot express: a year in the query puts that year
/// first, "terbaru" puts the newest relevant publications first, and near-equal scores (e.g. the yearly
/// editions of one series) are ordered newest first.
/// </summary>
internal static class ResultRanker
{
    /// <summary>Scores within 1/<c>TieBins</c> of the top score count as ties.</summary>
    private const double TieBins = 40;

    /// <summary>With "terbaru", hits scoring at least this share of the best are considered relevant.</summary>
    private const float RecentRelevance = 0.5f;

    public static IEnumerable<ScoreDoc> Rank(IndexReader reader, ScoreDoc[] hits, ParsedQuery parsed, int depth)
    {
        if (hits.Length == 0)
        {
            return hits;
        }

        var head = hits.Take(depth).ToArray();
        var years = MultiDocValues.GetNumericValues(reader, CatalogFields.YearSort);
        var releases = MultiDocValues.GetNumericValues(reader, CatalogFields.ReleaseSort);
        var topScore = Math.Max(head.Max(h => h.Score), float.Epsilon);

        var ranked = head
            .Select(h => new Candidate(h, years?.Get(h.Doc) ?? 0, releases?.Get(h.Doc) ?? 0))
            .OrderBy(c => parsed.Years.Count == 0 || parsed.Years.Contains((int)c.Year) ? 0 : 1);

        ranked = parsed.PrefersRecent
            ? ranked.ThenBy(c => c.Hit.Score >= RecentRelevance * topScore ? 0 : 1)
                .ThenByDescending(c => c.Year)
                .ThenByDescending(c => c.Release)
                .ThenByDescending(c => c.Hit.Score)
            : ranked.ThenByDescending(c => Math.Round(c.Hit.Score / topScore * TieBins))
                .ThenByDescending(c => c.Year)
                .ThenByDescending(c => c.Release)
                .ThenByDescending(c => c.Hit.Score);

        return ranked.ThenBy(c => c.Hit.Doc).Select(c => c.Hit).Concat(hits.Skip(depth));
    }

    private readonly record struct Candidate(ScoreDoc Hit, long Year, long Release);
}
