namespace Bot.Host.Messaging.Outbox;

/// <summary>Delivers outbox rows of one channel. Channel adapters implement it; nothing else sends.</summary>
public interface IChannelSender
{
    /// <summary>The channel name, as in <see cref="OutboxMessage.Channel"/>.</summary>
    string Channel { get; }

    Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Does everything that does not talk to the channel (reading the payload and the
    /// conversation, rendering) before the dispatcher takes its send slot, so the slot covers
    /// only the channel's round trips. The default defers all of it to <see cref="SendAsync"/>,
    /// for senders that gain nothing.
    /// </summary>
    Task<IPreparedSend> PrepareAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<IPreparedSend>(new DeferredSend(this, message));

    /// <summary>
    /// When the row's next call to the channel may start by the channel's pace (its chat's
    /// spacing, a per-second cap, a "too many requests" still running), or null for now. A cheap
    /// look in memory, asked before the row is prepared, so a conversation that must wait is set
    /// aside without preparing anything. The send itself may still answer
    /// <see cref="SendResult.NotYet"/> (another send took the room meanwhile).
    /// </summary>
    DateTimeOffset? NotBefore(OutboxMessage message) => null;
}
