using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Long polling, for a laptop with no public URL: getUpdates with an offset, each update stored
/// (the same path as the webhook) before the offset moves past it, so a crash re-reads rather
/// than loses. Errors back off 1 s, 2 s, 4 s … up to 30 s, or as long as a 429 asks.
/// </summary>
internal sealed partial class TelegramPollingService(
    TelegramApi api,
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.EffectiveMode != TelegramMode.Polling)
        {
            return;
        }

        var failures = 0;
        var webhookRemoved = false;
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookRemoved)
                {
                    // Telegram refuses getUpdates while a webhook is set (e.g. left by a deployment).
                    await api.Client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken);
                    webhookRemoved = true;
                    LogPollingStarted(logger);
                }

                var updates = await api.Client.GetUpdates(
                    offset, limit: 100, timeout: options.Value.PollingTimeoutSeconds, allowedUpdates: TelegramUpdateMapper.AllowedUpdates, cancellationToken: stoppingToken);
                foreach (var update in updates)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<TelegramUpdateIntake>().AcceptAsync(update, stoppingToken);
                    offset = update.Id + 1;
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                failures++;
                var wait = e is ApiRequestException { Parameters.RetryAfter: > 0 and var seconds }
                    ? TimeSpan.FromSeconds(seconds)
                    : Backoff(failures);
                LogPollFailed(logger, wait.TotalSeconds, e);
                try
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    internal static TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Max(0, failures - 1))));

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram long polling started.")]
    private static partial void LogPollingStarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram polling failed; trying again in {Seconds} s.")]
    private static partial void LogPollFailed(ILogger logger, double seconds, Exception exception);
}
