using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Hands out Telegram.Bot clients over the factory's pooled HTTP handlers. A client is cheap, so
/// each caller takes a fresh one and handler rotation keeps working.
/// </summary>
internal sealed class TelegramApi(IHttpClientFactory httpClients, IOptions<TelegramOptions> options)
{
    public const string HttpClientName = "telegram";

    private readonly Lazy<TelegramBotClientOptions> _clientOptions = new(() => new TelegramBotClientOptions(options.Value.BotToken, options.Value.ApiBaseUrl)
    {
        // Our own sender waits out 429s on the host's clock and keeps order; the library's
        // built-in retry would sleep on the wall clock inside a send.
        RetryThreshold = 0,
        RetryCount = 0,
    });

    public ITelegramBotClient Client => new TelegramBotClient(_clientOptions.Value, httpClients.CreateClient(HttpClientName));
}
