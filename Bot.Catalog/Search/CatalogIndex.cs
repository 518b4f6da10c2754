using System.Globalization;
using Bot.Catalog.Publications;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Bot.Catalog.Search;

/// <summary>
/// The Lucene.Net catalogue index: upsert/remove publications and search them.
/// </summary>
/// <remarks>
/// Readers and writers are decoupled so a running host sees changes made by a separate CLI process:
/// searches use a <see cref="SearcherManager"/> that re-opens (DirectoryReader.OpenIfChanged) at most every
/// <see cref="RefreshInterval"/> or on <see cref="Refresh"/>, and every write opens a short-lived IndexWriter
/// (open, write, commit, dispose) so no process holds write.lock for long. Thread-safe.
/// </remarks>
public sealed class CatalogIndex : IDisposable
{
    /// <summary>How often searches check the directory for commits made by other processes.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(2);

    /// <summary>Largest page size honoured.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Default <see cref="CandidateDepth"/>.</summary>
    public const int DefaultCandidateDepth = 100;

    /// <summary>Default <see cref="RerankDepth"/>.</summary>
    private const int DefaultRerankDepth = 100;

    private readonly LuceneDirectory directory;
    private readonly CatalogAnalyzer analyzer = new();
    private readonly CatalogQueryBuilder queryBuilder;
    private readonly SearcherManager searchers;
    private readonly System.Threading.Lock writeGate = new();
    private long lastRefreshTicks;
    private bool disposed;

    private CatalogIndex(LuceneDirectory directory)
    {
        this.directory = directory;
        queryBuilder = new CatalogQueryBuilder(analyzer);
        if (!DirectoryReader.IndexExists(directory))
        {
            // A reader needs a commit to open; an empty commit costs nothing.
            Write(_ => { });
        }

        searchers = new SearcherManager(directory, null);
        lastRefreshTicks = Environment.TickCount64;
    }

    /// <summary>Opens (creating if needed) the index stored in the folder <paramref name="path"/>.</summary>
    public static CatalogIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new CatalogIndex(FSDirectory.Open(path));
    }

    /// <summary>Creates an index held in memory (tests, benchmarks).</summary>
    public static CatalogIndex CreateInMemory() => new(new RAMDirectory());

    /// <summary>
    /// How many first-pass candidates (cheap query over the merged metadata field) the full query scores;
    /// at least the requested page depth is always used. 0 scores every match with the full query
    /// (exhaustive ranking: slower on large catalogues, kept to measure what the two passes lose).
    /// </summary>
    public int CandidateDepth { get; set; } = DefaultCandidateDepth;

    /// <summary>
    /// Top hits re-ranked for year/recency preferences; deeper pages are ranked by score only. Benchmarks raise it
    /// to rank every match (the reference two-phase retrieval is measured against).
    /// </summary>
    internal int RerankDepth { get; set; } = DefaultRerankDepth;

    /// <summary>When set (benchmarks only), every search adds its time per phase here.</summary>
    internal SearchPhaseTimes? PhaseTimes { get; set; }

    /// <summary>The query builder used by <see cref="Search"/> (exposed for diagnostics and tests).</summary>
    public CatalogQueryBuilder QueryBuilder => queryBuilder;

    /// <summary>Number of indexed publications.</summary>
    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>Size in bytes of the index files (0 for the in-memory index).</summary>
    public long SizeOnDisk => directory is FSDirectory fs
        ? fs.Directory.EnumerateFiles().Sum(f => f.Exists ? f.Length : 0)
        : 0;

    /// <summary>Adds or replaces (by id) the given publications in one commit.</summary>
    public void Upsert(IEnumerable<CatalogDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Write(writer =>
        {
            foreach (var document in documents)
            {
                writer.UpdateDocument(new Term(CatalogFields.Id, document.Publication.Id), CatalogDocumentMapper.ToLucene(document, analyzer));
            }
        });
    }

    /// <summary>Adds or replaces one publication.</summary>
    public void Upsert(CatalogDocument document) => Upsert([document]);

    /// <summary>Removes a publication; returns false when the id was not indexed.</summary>
    public bool Remove(string id)
    {
        if (!Contains(id))
        {
            return false;
        }

        Write(writer => writer.DeleteDocuments(new Term(CatalogFields.Id, id)));
        return true;
    }

    /// <summary>True when <paramref name="id"/> is indexed.</summary>
    public bool Contains(string id)
    {
        Refresh();
        // A search, not DocFreq: the term's document frequency still counts deleted documents until a merge.
        return WithSearcher(s => s.Search(new TermQuery(new Term(CatalogFields.Id, id)), 1).TotalHits > 0);
    }

    /// <summary>The stored entry for <paramref name="id"/>, or null.</summary>
    public CatalogEntry? Get(string id) => WithSearcher(s =>
    {
        var top = s.Search(new TermQuery(new Term(CatalogFields.Id, id)), 1);
        return top.ScoreDocs.Length == 0 ? null : CatalogDocumentMapper.ToEntry(s.Doc(top.ScoreDocs[0].Doc, CatalogFields.ResultFields));
    });

    /// <summary>All entries, newest first then by title.</summary>
    public IReadOnlyList<CatalogEntry> List()
    {
        Refresh();
        return WithSearcher(s =>
        {
            var reader = s.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var entries = new List<CatalogEntry>(reader.NumDocs);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    entries.Add(CatalogDocumentMapper.ToEntry(reader.Document(doc, CatalogFields.ResultFields)));
                }
            }

            return entries
                .OrderByDescending(e => e.Year)
                .ThenByDescending(e => e.ReleaseDate)
                .ThenBy(e => e.Title, StringComparer.OrdinalIgnoreCase)
                .ToList();
        });
    }

    /// <summary>Number of index segments (each search term is looked up once per segment).</summary>
    public int SegmentCount => WithSearcher(s => s.IndexReader.Leaves.Count);

    /// <summary>
    /// Merges the index into one segment. Worth it after bulk imports: a catalogue changes rarely and every
    /// query term is looked up once per segment, so fewer segments mean faster searches.
    /// </summary>
    public void Optimize() => Write(writer => writer.ForceMerge(1));

    /// <summary>Makes changes committed by any process visible now instead of within <see cref="RefreshInterval"/>.</summary>
    public void Refresh()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        searchers.MaybeRefreshBlocking();
        Volatile.Write(ref lastRefreshTicks, Environment.TickCount64);
    }

    /// <summary>
    /// Searches the catalogue. Never throws for any <paramref name="query"/> text; blank or meaningless
    /// text gives an empty result.
    /// </summary>
    /// <param name="query">Free text from the user (Indonesian or English, typos allowed).</param>
    /// <param name="page">1-based page; values below 1 are treated as 1.</param>
    /// <param name="pageSize">Results per page (1–<see cref="MaxPageSize"/>).</param>
    public CatalogSearchResult Search(string? query, int page = 1, int pageSize = 10)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        RefreshIfDue();
        return WithSearcher(searcher =>
        {
            PhaseTimes?.Start();
            var parsed = queryBuilder.Build(query, searcher.IndexReader);
            PhaseTimes?.Mark(0);
            return parsed.Query is null ? CatalogSearchResult.Empty(page, pageSize) : Execute(searcher, parsed, page, pageSize);
        });
    }

    /// <summary>The rewritten full and first-pass queries of each stage of <paramref name="query"/> (diagnostics).</summary>
    internal IReadOnlyList<string> DescribeQuery(string? query) => WithSearcher(searcher =>
        queryBuilder.Build(query, searcher.IndexReader).Stages
            .SelectMany(stage => new[] { "full: " + searcher.Rewrite(stage.Full), "first pass: " + searcher.Rewrite(stage.Candidates) })
            .ToList());

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        searchers.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private CatalogSearchResult Execute(IndexSearcher searcher, ParsedQuery parsed, int page, int pageSize)
    {
        var skip = (long)(page - 1) * pageSize;
        var depth = (int)Math.Min(Math.Max(1, searcher.IndexReader.MaxDoc), Math.Max(RerankDepth, skip + pageSize));
        Query query = null!;
        ScoreDoc[] scored = [];
        var total = 0;
        var twoPhase = CandidateDepth > 0 && HasCandidateField(searcher.IndexReader);
        foreach (var stage in parsed.Stages)
        {
            // Rewritten once and reused for scoring and highlighting.
            query = searcher.Rewrite(stage.Full);
            PhaseTimes?.Mark(1);
            int matched;
            if (!twoPhase)
            {
                var exhaustive = searcher.Search(query, depth);
                scored = exhaustive.ScoreDocs;
                matched = exhaustive.TotalHits;
            }
            else
            {
                var firstPass = new IndexSearcher(searcher.IndexReader) { Similarity = FirstPassSimilarity.Instance };
                var collector = new FirstPassCollector(Math.Max(CandidateDepth, depth));
                firstPass.Search(stage.Candidates, collector);
                var candidates = new TopDocs(collector.TotalHits, collector.TopDocs(), float.NaN);
                PhaseTimes?.Mark(2);
                scored = CandidateRescorer.Rescore(searcher, query, candidates.ScoreDocs);
                // Candidates the full query rejects are few; when all candidates were seen the count is exact.
                matched = scored.Length == 0 ? 0 : candidates.TotalHits - (candidates.ScoreDocs.Length - scored.Length);
            }

            PhaseTimes?.Mark(3);
            total = matched;
            if (matched > 0)
            {
                break;
            }
        }

        var top = new TopDocs(total, scored, scored.Length > 0 ? scored[0].Score : float.NaN);
        // Two-phase: every scored candidate is re-ranked (at most a few hundred), so the newest of many near-equal
        // editions comes first even when more than RerankDepth of them score alike.
        var ranked = ResultRanker.Rank(searcher.IndexReader, top.ScoreDocs, parsed, twoPhase ? Math.Max(RerankDepth, scored.Length) : RerankDepth);
        var rankedHits = ranked.Skip((int)Math.Min(skip, int.MaxValue)).Take(pageSize).ToList();
        PhaseTimes?.Mark(4);
        var snippets = new SnippetBuilder(analyzer, parsed.Terms ?? new TermLookup(searcher.IndexReader), query);
        var hits = new List<CatalogHit>(pageSize);
        var blobs = MultiDocValues.GetBinaryValues(searcher.IndexReader, CatalogFields.EntryBlob);
        var blob = new Lucene.Net.Util.BytesRef();
        foreach (var scoreDoc in rankedHits)
        {
            PhaseTimes?.Mark(6);
            blobs?.Get(scoreDoc.Doc, blob);
            var entry = (blobs is null ? null : CatalogEntryCodec.Decode(blob))
                ?? CatalogDocumentMapper.ToEntry(searcher.Doc(scoreDoc.Doc, CatalogFields.ResultFields));
            var docId = scoreDoc.Doc;
            PhaseTimes?.Mark(5);
            var snippet = snippets.Build(entry.Abstract, () => searcher.Doc(docId, TextOnly).Get(CatalogFields.Text));
            hits.Add(new CatalogHit(entry, scoreDoc.Score, snippet));
        }

        PhaseTimes?.Mark(6);
        string? didYouMean = null;
        if (top.TotalHits == 0 && parsed.ContentTokens.Count > 0)
        {
            // Only when nothing was found: typo tolerance already serves near misses, and scanning the
            // vocabulary on every search would cost more than the search itself.
            didYouMean = SpellingSuggester.Suggest(searcher.IndexReader, parsed.Tokens);
        }

        PhaseTimes?.Mark(7);
        return new CatalogSearchResult(top.TotalHits, page, pageSize, hits, didYouMean);
    }

    /// <summary>
    /// False for an index (or a segment) written before the merged first-pass field existed: such an index is
    /// ranked exhaustively, correct but slower, until it is re-imported.
    /// </summary>
    private static bool HasCandidateField(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.NumDocs > 0 && leaf.AtomicReader.GetTerms(CatalogFields.Meta) is null)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly ISet<string> TextOnly = new HashSet<string> { CatalogFields.Text };

    private void RefreshIfDue()
    {
        var now = Environment.TickCount64;
        if (now - Volatile.Read(ref lastRefreshTicks) < RefreshInterval.TotalMilliseconds)
        {
            return;
        }

        Volatile.Write(ref lastRefreshTicks, now);
        // Non-blocking: if another thread is already refreshing, this search uses the current reader.
        searchers.MaybeRefresh();
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> action)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var searcher = searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private void Write(Action<IndexWriter> action)
    {
        lock (writeGate)
        {
            var config = new IndexWriterConfig(CatalogAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                // Another process (CLI or host) may be committing; wait for its short-lived lock.
                WriteLockTimeout = 15_000,
                RAMBufferSizeMB = 64,
            };

            using (var writer = new IndexWriter(directory, config))
            {
                action(writer);
                writer.Commit();
            }

            if (searchers is not null)
            {
                Refresh();
            }
        }
    }

    internal static string YearText(int year) => year.ToString(CultureInfo.InvariantCulture);

    internal static bool IsValidId(string id) => ManifestReader.IsValidId(id);
}
