using Bot.Host.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// Applies the send journal to the outbox table: at once when the service is quiet, and under
/// load at most once per <see cref="WorkerOptions.JournalFlushIntervalMs"/>, so the records of
/// many sends share one transaction through the write gate. Registered before the dispatcher,
/// so it stops after it and applies the dispatcher's last records.
/// </summary>
public sealed partial class OutboxJournalFlusher(
    OutboxJournal journal,
    IOptions<WorkerOptions> options,
    ILogger<OutboxJournalFlusher> logger) : BackgroundService
{
    private static readonly TimeSpan s_idleWait = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!journal.Enabled)
        {
            return;
        }

        var interval = options.Value.JournalFlushIntervalMs;
        var lastFlush = Environment.TickCount64 - interval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await journal.Appended.WaitAsync(s_idleWait, stoppingToken);
                var wait = lastFlush + interval - Environment.TickCount64;
                if (wait > 0)
                {
                    // Under load: let records gather for one transaction instead of one each.
                    await Task.Delay(TimeSpan.FromMilliseconds(wait), stoppingToken);
                }

                lastFlush = Environment.TickCount64;
                await FlushAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush follows.
        }

        await FlushAsync();
    }

    private async Task FlushAsync()
    {
        try
        {
            await journal.FlushAsync(cancellationToken: CancellationToken.None);
        }
        catch (Exception e)
        {
            // The records stay in memory and in their files; the next flush (or start) applies them.
            LogFlushFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying the send journal to the outbox failed; it is tried again.")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
