using Bot.Catalog.Bps;
using Microsoft.Extensions.Options;

namespace Bot.Host.Catalog;

/// <summary>
/// The daily sync at <c>Catalog:Bps:SyncAt</c> WITA, and a first sync right at start when the catalogue was
/// never synced. Registered only when <c>Catalog:Bps:ApiKey</c> is set. Waits on the <see cref="TimeProvider"/>,
/// so tests drive it with a fake clock.
/// </summary>
internal sealed partial class BpsSyncService(
    BpsSyncRunner runner,
    Bot.Catalog.Sync.CatalogSync sync,
    IOptions<BpsSyncOptions> options,
    TimeProvider clock,
    ILogger<BpsSyncService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            if (sync.IsFirstSync)
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }

            while (!stoppingToken.IsCancellationRequested)
            {
                var now = clock.GetUtcNow();
                var next = SyncSchedule.Next(now, options.Value.SyncTime);
                LogNext(logger, next);
                await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; a sync cut short resumes its downloads next time.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await runner.RunAsync(null, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BpsApiException or Lucene.Net.Store.LockObtainFailedException)
        {
            // One failed day must not stop tomorrow's sync.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Next catalogue sync at {Next:u}")]
    private static partial void LogNext(ILogger logger, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Error, Message = "Catalogue sync failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
