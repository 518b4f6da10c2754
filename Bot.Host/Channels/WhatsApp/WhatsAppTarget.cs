using Bot.Host.Messaging;
using Bot.Host.Storage;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>Who one outbox row goes to, as read while preparing it.</summary>
internal sealed record WhatsAppTarget(OutboxMessage Message, ConversationRecord? Conversation, string ConversationId, string E164, string To);
