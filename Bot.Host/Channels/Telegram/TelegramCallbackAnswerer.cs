using Telegram.Bot;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Answers callback queries so the pressed button stops spinning. It runs beside the request:
/// a slow Bot API must never hold up the webhook's 200, and the reply itself comes from the turn.
/// </summary>
internal sealed partial class TelegramCallbackAnswerer(TelegramApi api, IHostApplicationLifetime lifetime, ILogger<TelegramCallbackAnswerer> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public void AnswerInBackground(string callbackQueryId) => _ = AnswerAsync(callbackQueryId);

    private async Task AnswerAsync(string callbackQueryId)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        cts.CancelAfter(Timeout);
        try
        {
            await api.Client.AnswerCallbackQuery(callbackQueryId, cancellationToken: cts.Token);
        }
        catch (Exception e)
        {
            // Only the spinner is at stake (Telegram stops it after a while anyway).
            LogAnswerFailed(logger, callbackQueryId, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering Telegram callback query {CallbackQueryId} failed.")]
    private static partial void LogAnswerFailed(ILogger logger, string callbackQueryId, Exception exception);
}
