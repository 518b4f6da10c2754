using System.Collections.Concurrent;
using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;

namespace Bot.Tests.Infrastructure;

/// <summary>
/// A push channel for testing the message path itself: records what the outbox delivers, or
/// refuses while <see cref="Online"/> is false (as a channel that is down would).
/// </summary>
public sealed class LoopbackChannel : IChannelSender
{
    public const string Name = "loopback";

    public string Channel => Name;

    public volatile bool Online = true;

    /// <summary>The wait the channel asks for while offline.</summary>
    public TimeSpan OfflineRetryAfter { get; init; } = TimeSpan.Zero;

    public ConcurrentQueue<(string Recipient, Outbound Reply)> Delivered { get; } = new();

    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (!Online)
        {
            return Task.FromResult(SendResult.Retry("loopback channel offline", OfflineRetryAfter));
        }

        Delivered.Enqueue((message.Recipient, MessageJson.Deserialize<Outbound>(message.Payload)));
        return Task.FromResult(SendResult.Sent("lb-" + message.Id));
    }
}
