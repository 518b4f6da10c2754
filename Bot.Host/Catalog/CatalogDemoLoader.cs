using Bot.Catalog.Search;

namespace Bot.Host.Catalog;

/// <summary>Loads the demo catalogue in the background at first start (only when the index is empty).</summary>
internal sealed partial class CatalogDemoLoader(CatalogService catalog, ILogger<CatalogDemoLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Marked before the first await, i.e. before the host takes requests: a search meanwhile says the
        // catalogue is being prepared instead of "nothing matches".
        using var preparing = catalog.Index.Count == 0 ? catalog.BeginPreparing() : null;
        try
        {
            // Off the startup path: rendering and indexing ~36 PDFs takes a few seconds.
            await Task.Yield();
            if (await catalog.EnsureDemoLoadedAsync(stoppingToken).ConfigureAwait(false))
            {
                LogLoaded(logger, catalog.Index.Count, catalog.DataDir);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
        {
            // The bot still works without the demo; an operator can import a real catalogue.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo catalogue loaded: {Count} publications in {DataDir}")]
    private static partial void LogLoaded(ILogger logger, int count, string dataDir);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the demo catalogue failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
