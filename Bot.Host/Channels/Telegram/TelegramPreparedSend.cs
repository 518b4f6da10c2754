using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Telegram.Bot.Types;

namespace Bot.Host.Channels.Telegram;

/// <summary>A reply rendered into its Telegram calls; sending runs only those calls.</summary>
internal sealed class TelegramPreparedSend(
    TelegramDelivery delivery,
    OutboxMessage row,
    bool userChat,
    long chatId,
    List<Func<CancellationToken, Task<Message?>>> steps) : IPreparedSend
{
    public Task<SendResult> SendAsync(CancellationToken cancellationToken) =>
        delivery.SendStepsAsync(row, userChat, chatId, steps, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
