namespace Bot.Dialogs.Model;

/// <summary>
/// One message from a user, channel-neutral. <see cref="ExternalId"/> is the channel's own id
/// (Telegram update id, Twilio MessageSid, web chat client id) and makes retries idempotent.
/// </summary>
public sealed record Inbound(string Channel, string ConversationKey, string ExternalId, DateTimeOffset ReceivedAt)
{
    /// <summary>Typed text, if any.</summary>
    public string? Text { get; init; }

    /// <summary>The id of a pressed button, if any. A typed number is turned into this by the router.</summary>
    public string? ChoiceId { get; init; }

    /// <summary>Who sent it, as the channel knows them.</summary>
    public SenderProfile? Sender { get; init; }

    /// <summary>The channel's id of the message this one replies to (a staff reply to a ticket post).</summary>
    public string? ReplyTo { get; init; }

    /// <summary>Files sent with the message (photos, documents), already stored by the host.</summary>
    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];
}

/// <summary>The sender as the channel describes them. Phone numbers are E.164.</summary>
public sealed record SenderProfile(string? DisplayName, string? UserName, string? LanguageCode, string? Phone)
{
    /// <summary>The channel's own id of the person (Telegram's user id), which its owner cannot change; recorded with staff actions.</summary>
    public string? Id { get; init; }
}

/// <summary>A file that came with a message; <see cref="StoredId"/> refers to the host's copy.</summary>
public sealed record InboundAttachment(string StoredId, string ContentType, string? FileName, long SizeBytes);
