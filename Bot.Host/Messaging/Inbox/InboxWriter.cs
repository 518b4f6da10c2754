using Bot.Dialogs.Model;
using Bot.Host.Metrics;

namespace Bot.Host.Messaging.Inbox;

/// <summary>The result of storing an inbound message; a duplicate points at the first copy.</summary>
public sealed record InboxWriteResult(long InboxId, bool Duplicate);

/// <summary>
/// Stores an inbound message in the inbox, creating its conversation on first contact. Every
/// channel calls this before it answers the request, so an acknowledged message is never lost.
/// The store (<see cref="IInboxStore"/>) writes it in one short transaction and seals the payload
/// and the sender's names first: a typed identity number is never at rest in clear.
/// </summary>
public sealed class InboxWriter(IInboxStore store, WorkSignals signals)
{
    /// <param name="inbound">The message.</param>
    /// <param name="address">Where replies go, if not the conversation key (e.g. an encrypted phone number).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<InboxWriteResult> WriteAsync(Inbound inbound, string? address = null, CancellationToken cancellationToken = default)
    {
        inbound = InboundText.Clean(inbound);
        var conversationId = ConversationRecord.MakeId(inbound.Channel, inbound.ConversationKey);
        var result = await store.AddAsync(inbound, conversationId, address, cancellationToken);
        MessagingMetrics.InboundStored.WithLabels(inbound.Channel, result.Duplicate ? "true" : "false").Inc();
        if (!result.Duplicate)
        {
            signals.MessageStored(conversationId);
        }

        return result;
    }
}
