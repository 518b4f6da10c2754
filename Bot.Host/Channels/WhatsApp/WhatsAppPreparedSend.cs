using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// A WhatsApp row read and rendered ahead of its send slot. <see cref="Parts"/> is null when the
/// window was closed (the send holds the row). Owns the scope whose context records each part
/// the send delivers.
/// </summary>
internal sealed record WhatsAppPreparedSend(
    WhatsAppSender Sender,
    AsyncServiceScope Scope,
    BotDbContext Db,
    WhatsAppTarget Target,
    List<TwilioMessage>? Parts,
    HashSet<int> SentParts,
    string? FirstSid) : IPreparedSend
{
    public Task<SendResult> SendAsync(CancellationToken cancellationToken) => Sender.SendPreparedAsync(this, cancellationToken);

    public ValueTask DisposeAsync() => Scope.DisposeAsync();
}
