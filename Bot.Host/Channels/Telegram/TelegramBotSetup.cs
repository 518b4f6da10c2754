using Bot.Dialogs.Model;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// On start: registers the command menu (Indonesian by default, English for English clients)
/// and, in Webhook mode with a URL, the webhook with its secret. Runs beside the start and
/// retries with backoff, so an unreachable Bot API delays these, not the host.
/// </summary>
internal sealed partial class TelegramBotSetup(
    TelegramApi api,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramBotSetup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await RegisterAsync(settings, stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                var wait = TelegramPollingService.Backoff(attempt);
                LogSetupFailed(logger, wait.TotalSeconds, e);
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

    private async Task RegisterAsync(TelegramOptions settings, CancellationToken cancellationToken)
    {
        var client = api.Client;
        await client.SetMyCommands(Commands(Language.Id), languageCode: null, cancellationToken: cancellationToken);
        await client.SetMyCommands(Commands(Language.En), languageCode: "en", cancellationToken: cancellationToken);
        if (settings.EffectiveMode == TelegramMode.Webhook && !string.IsNullOrWhiteSpace(settings.WebhookUrl))
        {
            await client.SetWebhook(
                settings.WebhookUrl,
                allowedUpdates: TelegramUpdateMapper.AllowedUpdates,
                secretToken: settings.WebhookSecret,
                cancellationToken: cancellationToken);
            LogWebhookSet(logger, settings.WebhookUrl);
        }
    }

    private static BotCommand[] Commands(Language language) =>
        TelegramTexts.Commands.Select(c => new BotCommand { Command = c.Command, Description = c.Description.In(language) }).ToArray();

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram webhook registered at {WebhookUrl}.")]
    private static partial void LogWebhookSet(ILogger logger, string webhookUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registering the Telegram commands or webhook failed; trying again in {Seconds} s.")]
    private static partial void LogSetupFailed(ILogger logger, double seconds, Exception exception);
}
