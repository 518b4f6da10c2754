using Bot.Host.Channels.WhatsApp;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// A Cloud API row read and rendered ahead of its send slot; <see cref="Parts"/> is null when
/// the window was closed (the send holds the row). Owns the scope whose context records each part sent.
/// </summary>
internal sealed record CloudPreparedSend(
    CloudSender Sender,
    AsyncServiceScope Scope,
    BotDbContext Db,
    WhatsAppTarget Target,
    List<CloudPart>? Parts,
    HashSet<int> SentParts,
    string? FirstId) : IPreparedSend
{
    public Task<SendResult> SendAsync(CancellationToken cancellationToken) => Sender.SendPreparedAsync(this, cancellationToken);

    public ValueTask DisposeAsync() => Scope.DisposeAsync();
}
