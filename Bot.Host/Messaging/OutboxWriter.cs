using Bot.Dialogs.Model;

namespace Bot.Host.Messaging;

/// <summary>
/// Adds replies to the outbox in the caller's unit of work (it never saves): a turn's replies
/// commit together with the turn. Web chat replies are read by the client, so they are
/// delivered the moment they are stored.
/// </summary>
public sealed class OutboxWriter(IOutboxRows rows, TimeProvider clock)
{
    public OutboxMessage Enqueue(ConversationRecord conversation, Outbound reply, long? inboxId = null)
    {
        conversation.LastSeq++;
        var now = clock.GetUtcNow();
        var pull = conversation.Channel == ChannelNames.WebChat;
        var row = new OutboxMessage
        {
            Channel = conversation.Channel,
            ConversationId = conversation.Id,
            Recipient = conversation.Address ?? conversation.Key,
            Seq = conversation.LastSeq,
            InboxId = inboxId,
            Payload = MessageJson.Serialize(reply),
            Status = pull ? OutboxStatus.Sent : OutboxStatus.Pending,
            SentAt = pull ? now : null,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        rows.Add(row);
        return row;
    }

    /// <summary>
    /// A message outside any user conversation: a staff group post, an email. Messages with the
    /// same <paramref name="orderingKey"/> are delivered in order; others independently.
    /// </summary>
    public OutboxMessage EnqueueDirect(string channel, string recipient, string payloadJson, string orderingKey)
    {
        var now = clock.GetUtcNow();
        var row = new OutboxMessage
        {
            Channel = channel,
            ConversationId = $"{channel}:direct:{orderingKey}",
            Recipient = recipient,
            Payload = payloadJson,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        rows.Add(row);
        return row;
    }

    /// <summary>
    /// An email, delivered by the mail channel (SMTP, or .eml files when no server is set).
    /// Pass the address encrypted (<c>PersonalData.Protect(email)</c>): the row is stored, and
    /// only the mail sender decrypts it.
    /// </summary>
    public OutboxMessage EnqueueMail(string to, MailPayload mail) =>
        EnqueueDirect(ChannelNames.Mail, to, MessageJson.Serialize(mail), orderingKey: Guid.NewGuid().ToString("N"));
}
