using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Bot.Catalog.Search;

/// <summary>
/// Second pass of two-phase retrieval: scores only the first-pass candidates with the full query by advancing
/// its scorer to each candidate (skip lists, no scan of the full postings), and drops candidates the full
/// query does not match.
/// </summary>
/// <remarks>
/// The candidates are also handed to the scorer as its accepted documents. A scorer advanced to a document it
/// does not match moves on to its next match; without that filter a phrase clause would check word positions
/// in every document between two candidates where its words co-occur (thousands per query, most of the
/// rescoring time), while with it every postings list skips straight to the next candidate.
/// </remarks>
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
        var byDoc = new int[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            byDoc[i] = candidates[i].Doc;
        }

        Array.Sort(byDoc);
        var leaves = searcher.IndexReader.Leaves;
        var hits = new List<ScoreDoc>(byDoc.Length);
        var start = 0;
        while (start < byDoc.Length)
        {
            var leaf = leaves[ReaderUtil.SubIndex(byDoc[start], leaves)];
            var end = start;
            while (end < byDoc.Length && byDoc[end] - leaf.DocBase < leaf.AtomicReader.MaxDoc)
            {
                end++;
            }

            // First-pass candidates come from this reader's live documents, so no deleted document is accepted.
            var accepted = new CandidateBits(byDoc.AsMemory(start, end - start), leaf.DocBase, leaf.AtomicReader.MaxDoc);
            ScoreLeaf(weight.GetScorer(leaf, accepted), leaf.DocBase, byDoc.AsSpan(start, end - start), hits);
            start = end;
        }

        hits.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return [.. hits];
    }

    private static void ScoreLeaf(Scorer? scorer, int docBase, ReadOnlySpan<int> docs, List<ScoreDoc> hits)
    {
        if (scorer is null)
        {
            return;
        }

        foreach (var doc in docs)
        {
            var target = doc - docBase;
            var current = scorer.DocID;
            if (current < target)
            {
                current = scorer.Advance(target);
            }

            if (current == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }

            if (current == target)
            {
                hits.Add(new ScoreDoc(doc, scorer.GetScore()));
            }
        }
    }
}
