using System.Collections.Concurrent;
using Bot.Host.Messaging;
using Bot.Host.Storage;

namespace Bot.Tests.Complaints;

/// <summary>
/// Stands in for a channel that is built on another branch (the Telegram staff group, the mail
/// sender) with the same contract: it accepts the row and answers Sent with a message id, as the
/// Telegram sender does with the id Telegram gives the posted message.
/// </summary>
public sealed class RecordingChannelSender(string channel, int firstMessageId = 5000) : IChannelSender
{
    private int _nextId = firstMessageId;

    public string Channel { get; } = channel;

    public ConcurrentQueue<OutboxMessage> Sent { get; } = new();

    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Sent.Enqueue(message);
        return Task.FromResult(SendResult.Sent(Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
