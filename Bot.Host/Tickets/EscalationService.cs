using Microsoft.Extensions.Options;

namespace Bot.Host.Tickets;

/// <summary>Runs the escalation check every Staff:EscalationCheckSeconds (0 = off), on the host's clock.</summary>
internal sealed partial class EscalationService(
    IServiceScopeFactory scopes,
    IOptions<StaffDeskOptions> options,
    TimeProvider clock,
    ILogger<EscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.StaffChatId) && options.Value.Emails.Count == 0)
        {
            LogNobodyToTell(logger);
        }

        var seconds = options.Value.EscalationCheckSeconds;
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
                    await using var scope = scopes.CreateAsyncScope();
                    var escalated = await scope.ServiceProvider.GetRequiredService<Escalator>().EscalateDueAsync(stoppingToken);
                    if (escalated > 0)
                    {
                        LogEscalated(logger, escalated);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogCheckFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; due tickets are picked up after the restart.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Telegram:StaffChatId nor Staff:Emails is set: complaints are stored but no staff member is told. Set at least one.")]
    private static partial void LogNobodyToTell(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalated {Count} ticket(s) nobody had taken.")]
    private static partial void LogEscalated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The escalation check failed; it runs again at the next period.")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
