namespace Bot.Host.Mail;

/// <summary>An email waiting in the outbox (channel "mail"); the recipient is in the row.</summary>
public sealed record MailPayload(string Subject, string TextBody);
