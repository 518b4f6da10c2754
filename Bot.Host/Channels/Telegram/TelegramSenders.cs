using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;

namespace Bot.Host.Channels.Telegram;

/// <summary>Replies to users in their private chats.</summary>
internal sealed class TelegramSender(TelegramDelivery delivery) : IChannelSender
{
    public string Channel => ChannelNames.Telegram;

    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        delivery.SendAsync(message, userChat: true, cancellationToken);

    public Task<IPreparedSend> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        delivery.PrepareAsync(message, userChat: true, cancellationToken);

    public DateTimeOffset? NotBefore(OutboxMessage message) => delivery.NotBefore(message, userChat: true);
}

/// <summary>
/// Posts to the staff group. The result carries the Telegram message id, which the ticket desk
/// keeps (OutboxMessage.ExternalId) to match a staff member's reply to the post.
/// </summary>
internal sealed class TelegramStaffSender(TelegramDelivery delivery) : IChannelSender
{
    public string Channel => ChannelNames.Staff;

    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        delivery.SendAsync(message, userChat: false, cancellationToken);

    public Task<IPreparedSend> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        delivery.PrepareAsync(message, userChat: false, cancellationToken);

    public DateTimeOffset? NotBefore(OutboxMessage message) => delivery.NotBefore(message, userChat: false);
}
