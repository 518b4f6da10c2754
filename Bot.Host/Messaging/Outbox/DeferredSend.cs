namespace Bot.Host.Messaging.Outbox;

/// <summary>The default preparation: nothing is done ahead, the sender's whole send runs in the slot.</summary>
internal sealed class DeferredSend(IChannelSender sender, OutboxMessage message) : IPreparedSend
{
    public Task<SendResult> SendAsync(CancellationToken cancellationToken) => sender.SendAsync(message, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
