namespace Bot.Host.Messaging.Outbox;

/// <summary>A row whose outcome the preparation already knows (bad payload, blocked user): no channel call.</summary>
public sealed class DecidedSend(SendResult result) : IPreparedSend
{
    public Task<SendResult> SendAsync(CancellationToken cancellationToken) => Task.FromResult(result);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
