namespace Bot.Host.Messaging;

/// <summary>
/// An email waiting in the outbox (channel "mail"); the recipient is in the row. It is the outbox's
/// contract (<see cref="OutboxWriter.EnqueueMail"/> writes it, the mail channel reads it), so it
/// lives here and writers of mail (tickets, documents, users) need nothing from the channel.
/// </summary>
public sealed record MailPayload(string Subject, string TextBody);
