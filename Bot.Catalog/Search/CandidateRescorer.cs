using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bot.Catalog.Search;

/// <summary>
/// Second pass of two-phase retrieval: scores only the first-pass candidates with the full query by advancing
/// its scorer to each candidate (skip lists, no scan of the full postings), and drops candidates the full
/// query does not match.
/// </summary>
internal static class CandidateRescorer
{
    /// <summary>Full-query hits among <paramref name="candidates"/>, best first (ties: lower doc id first).</summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, Query rewrittenFull, ScoreDoc[] candidates)
    {
        if (candidates.Length == 0)
        {
            return [];
        }

        var weight = searcher.CreateNormalizedWeight(rewrittenFull);
        var byDoc = candidates.Select(c => c.Doc).Order().ToArray();
        var leaves = searcher.IndexReader.Leaves;
        var hits = new List<ScoreDoc>(byDoc.Length);
        var leafIndex = -1;
        AtomicReaderContext? leaf = null;
        Scorer? scorer = null;
        foreach (var doc in byDoc)
        {
            var index = ReaderUtil.SubIndex(doc, leaves);
            if (index != leafIndex)
            {
                leafIndex = index;
                leaf = leaves[index];
                scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            }

            if (scorer is null)
            {
                continue;
            }

            var target = doc - leaf!.DocBase;
            var current = scorer.DocID;
            if (current < target)
            {
                current = scorer.Advance(target);
            }

            if (current == target)
            {
                hits.Add(new ScoreDoc(doc, scorer.GetScore()));
            }
        }

        hits.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return [.. hits];
    }
}
