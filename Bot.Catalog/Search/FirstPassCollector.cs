using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bot.Catalog.Search;

/// <summary>
/// Collects the first pass's top candidates by score, newest first among equal scores, and counts every match.
/// </summary>
/// <remarks>
/// The first-pass scores are flat (<see cref="FirstPassSimilarity"/>) and tie a lot; keeping the newest of the
/// tied documents matches how the final ranking orders near-equal scores. Lucene's sorted collector does the same
/// through a doc-values comparator but cost 70% more per match; here a document scoring below the weakest kept
/// candidate is rejected with one comparison, and a tie reads a plain array (<see cref="ReleaseOrder"/>).
/// </remarks>
internal sealed class FirstPassCollector(int size) : ICollector
{
    // A binary min-heap: the weakest kept candidate at index 0.
    private readonly Entry[] heap = new Entry[Math.Max(1, size)];
    private int count;
    private int docBase;
    private int[] release = [];
    private Scorer scorer = null!;

    /// <summary>Every matching document seen.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        release = ReleaseOrder.For(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var score = scorer.GetScore();
        if (count == heap.Length)
        {
            ref var weakest = ref heap[0];
            // Documents arrive in id order, so on equal score and release the kept (lower id) document stays.
            if (score < weakest.Score || (score == weakest.Score && release[doc] <= weakest.Release))
            {
                return;
            }

            weakest = new Entry(score, release[doc], docBase + doc);
            SiftDown(0);
            return;
        }

        heap[count] = new Entry(score, release[doc], docBase + doc);
        SiftUp(count++);
    }

    /// <summary>The kept candidates, best first (score, then newest, then lowest id).</summary>
    public ScoreDoc[] TopDocs()
    {
        var entries = heap.AsSpan(0, count).ToArray();
        Array.Sort(entries, static (a, b) => Weaker(a, b) ? 1 : Weaker(b, a) ? -1 : 0);
        var docs = new ScoreDoc[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            docs[i] = new ScoreDoc(entries[i].Doc, entries[i].Score);
        }

        return docs;
    }

    private static bool Weaker(in Entry a, in Entry b) =>
        a.Score < b.Score || (a.Score == b.Score && (a.Release < b.Release || (a.Release == b.Release && a.Doc > b.Doc)));

    private void SiftUp(int i)
    {
        var entry = heap[i];
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Weaker(entry, heap[parent]))
            {
                break;
            }

            heap[i] = heap[parent];
            i = parent;
        }

        heap[i] = entry;
    }

    private void SiftDown(int i)
    {
        var entry = heap[i];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Weaker(heap[child + 1], heap[child]))
            {
                child++;
            }

            if (!Weaker(heap[child], entry))
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = entry;
    }

    private readonly record struct Entry(float Score, int Release, int Doc);
}
