using Bot.Catalog.Demo;
using Bot.Catalog.Search;
using Bot.Catalog.Sync;

namespace Bot.Host.Catalog;

/// <summary>
/// Runs one WebAPI sync for the host: marks the catalogue as being prepared during a first sync, takes the demo
/// catalogue out once real items are in (it is only the fallback), logs progress and the result, and tells the
/// new-release listeners what was added. Only one sync runs at a time.
/// </summary>
internal sealed partial class BpsSyncRunner(
    CatalogSync sync,
    CatalogService catalog,
    IEnumerable<INewReleaseListener> listeners,
    ILogger<BpsSyncRunner> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<SyncReport> RunAsync(IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var first = sync.IsFirstSync;
            using var preparing = first ? catalog.BeginPreparing() : null;
            LogStarted(logger, first);
            var report = await sync.RunAsync(new LoggingProgress(logger, progress), cancellationToken).ConfigureAwait(false);
            LogFinished(logger, report.Summary);
            foreach (var problem in report.Problems)
            {
                LogProblem(logger, problem.ToString());
            }

            if (report.Fatal is null && report.Added.Count + report.Updated.Count > 0)
            {
                RemoveDemo();
            }

            // The first sync adds the whole back catalogue: that is not news for subscribers.
            await AnnounceAsync(first ? [] : report.Added, cancellationToken).ConfigureAwait(false);

            return report;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Tells the listeners about new items. Without listeners (the <c>catalog sync</c> CLI has no chat channels) the
    /// ids wait in <c>catalog/bps/unannounced.txt</c> for the host's next sync, so a manual sync never swallows news.
    /// </summary>
    private async Task AnnounceAsync(IReadOnlyList<CatalogEntry> added, CancellationToken cancellationToken)
    {
        var path = Path.Combine(catalog.DataDir, "catalog", "bps", "unannounced.txt");
        var receivers = listeners.ToList();
        if (receivers.Count == 0)
        {
            if (added.Count > 0)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.AppendAllLinesAsync(path, added.Select(e => e.Id), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var waiting = File.Exists(path)
            ? (await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false)).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)
                .Where(id => added.All(e => e.Id != id)).Select(catalog.Get).OfType<CatalogEntry>().ToList()
            : [];
        var news = added.Concat(waiting).ToList();
        if (news.Count > 0)
        {
            foreach (var listener in receivers)
            {
                await listener.OnReleasedAsync(news, cancellationToken).ConfigureAwait(false);
            }
        }

        File.Delete(path);
    }

    private void RemoveDemo()
    {
        var removed = 0;
        foreach (var publication in DemoCatalog.Publications())
        {
            if (catalog.Index.Contains(publication.Id) && catalog.Importer.Remove(publication.Id))
            {
                removed++;
            }
        }

        if (removed > 0)
        {
            LogDemoRemoved(logger, removed);
        }
    }

    /// <summary>Progress into the host's log (every item) and on to the caller's reporter (the CLI's bar).</summary>
    private sealed class LoggingProgress(ILogger logger, IProgress<SyncProgress>? inner) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value)
        {
            LogProgress(logger, value.Done, value.Total, value.Step);
            inner?.Report(value);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue sync from the BPS WebAPI started (first sync: {First})")]
    private static partial void LogStarted(ILogger logger, bool first);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue sync {Done}/{Total}: {Step}")]
    private static partial void LogProgress(ILogger logger, int done, int total, string step);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Summary}")]
    private static partial void LogFinished(ILogger logger, string summary);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalogue sync problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalogue removed ({Count} entries): the office's real catalogue is in")]
    private static partial void LogDemoRemoved(ILogger logger, int count);
}
