namespace Bot.Host.Messaging.Worker;

/// <summary>
/// With several nodes, the turn of a message this node stored may run on another node, which
/// cannot wake the request waiting here. While requests wait, this looks up their messages in
/// storage a few times a second (one query for all of them) and completes the ones done.
/// Not needed on a store of one node (SQLite).
/// </summary>
public sealed partial class RemoteCompletionWatcher(
    TurnCompletions completions,
    IWorkStore store,
    ILogger<RemoteCompletionWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan s_interval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!store.SharedByNodes)
        {
            return;
        }

        using var timer = new PeriodicTimer(s_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var waiting = completions.Waiting.ToList();
                if (waiting.Count == 0)
                {
                    continue;
                }

                try
                {
                    var done = await store.FinishedAsync(waiting, stoppingToken);
                    foreach (var id in done)
                    {
                        completions.Complete(id);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The request falls back to its own wait limit; try again next tick.
                    LogLookupFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking up turns completed on other nodes failed.")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception);
}
