using Bot.Dialogs.Model;
using Bot.Host.Metrics;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Messaging;

/// <summary>The result of storing an inbound message; a duplicate points at the first copy.</summary>
public sealed record InboxWriteResult(long InboxId, bool Duplicate);

/// <summary>
/// Stores an inbound message in the inbox, creating its conversation on first contact. Every
/// channel calls this before it answers the request, so an acknowledged message is never lost.
/// </summary>
public sealed class InboxWriter(BotDbContext db, TimeProvider clock, WorkSignals signals, WriteGate gate)
{
    /// <param name="inbound">The message.</param>
    /// <param name="address">Where replies go, if not the conversation key (e.g. an encrypted phone number).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<InboxWriteResult> WriteAsync(Inbound inbound, string? address = null, CancellationToken cancellationToken = default)
    {
        inbound = InboundText.Clean(inbound);

        // On SQLite the look-up and the insert run under the write gate, so two copies of one
        // message (or two first messages of one chat) never race; elsewhere the unique keys
        // decide and the loser looks again.
        return await gate.RunAsync(() => WriteOnceAsync(inbound, address, cancellationToken), cancellationToken);
    }

    private async Task<InboxWriteResult> WriteOnceAsync(Inbound inbound, string? address, CancellationToken cancellationToken)
    {
        var conversationId = ConversationRecord.MakeId(inbound.Channel, inbound.ConversationKey);
        for (var attempt = 0; ; attempt++)
        {
            var existing = await db.Inbox.AsNoTracking()
                .Where(m => m.Channel == inbound.Channel && m.ExternalId == inbound.ExternalId)
                .Select(m => m.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (existing != 0)
            {
                MessagingMetrics.InboundStored.WithLabels(inbound.Channel, "true").Inc();
                return new InboxWriteResult(existing, Duplicate: true);
            }

            var now = clock.GetUtcNow();
            var conversation = await db.Conversations.FindAsync([conversationId], cancellationToken);
            if (conversation is null)
            {
                conversation = new ConversationRecord { Id = conversationId, Channel = inbound.Channel, Key = inbound.ConversationKey, CreatedAt = now, UpdatedAt = now };
                db.Conversations.Add(conversation);
            }

            conversation.LastInboundAt = now;
            conversation.Address = address ?? conversation.Address;
            if (inbound.Sender is { } sender)
            {
                conversation.DisplayName = sender.DisplayName ?? conversation.DisplayName;
                conversation.UserName = sender.UserName ?? conversation.UserName;
                conversation.LanguageCode = sender.LanguageCode ?? conversation.LanguageCode;
            }

            var row = new InboxMessage
            {
                Channel = inbound.Channel,
                ExternalId = inbound.ExternalId,
                ConversationId = conversationId,
                Payload = MessageJson.Serialize(inbound),
                ReceivedAt = now,
            };
            db.Inbox.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                signals.Inbox.Set();
                MessagingMetrics.InboundStored.WithLabels(inbound.Channel, "false").Inc();
                return new InboxWriteResult(row.Id, Duplicate: false);
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                // Another request stored the same message or created the same conversation
                // between our read and write: look again.
                db.ChangeTracker.Clear();
            }
        }
    }
}
