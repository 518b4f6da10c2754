using Microsoft.Extensions.Options;

namespace Bot.Host.Queue;

/// <summary>Runs <see cref="PromiseCheck"/> every Queue:CheckSeconds (0 = off), on the host's clock.</summary>
internal sealed partial class PromiseCheckService(QueueWrites writes, IOptions<QueueOptions> options, TimeProvider clock, ILogger<PromiseCheckService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.CheckSeconds;
        if (seconds == 0)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(seconds), clock, stoppingToken);
                try
                {
                    await writes.RunAsync(sp => sp.GetRequiredService<PromiseCheck>().ReportOverdueAsync(stoppingToken), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogCheckFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the next start checks again.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The queue's five-minute check failed; it runs again at the next period.")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
