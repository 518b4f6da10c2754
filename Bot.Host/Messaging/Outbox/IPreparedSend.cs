namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// One outbox row made ready to send by <see cref="IChannelSender.PrepareAsync"/>: what is left
/// are the channel's calls, run while the dispatcher holds its send slot. Disposed after the send
/// (it may hold a database scope for records the send itself writes).
/// </summary>
public interface IPreparedSend : IAsyncDisposable
{
    Task<SendResult> SendAsync(CancellationToken cancellationToken);
}
