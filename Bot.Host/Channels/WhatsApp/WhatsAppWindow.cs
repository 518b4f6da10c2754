using System.Text.Json;
using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// WhatsApp's 24-hour window, the same whichever provider sends (Twilio or the Cloud API): open
/// for 24 hours after the user's last message, unless the provider since said it is closed.
/// </summary>
internal static class WhatsAppWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(24);

    /// <summary>The conversation's language for a template, Indonesian when its state is missing or unreadable.</summary>
    public static Language LanguageOf(ConversationRecord? conversation)
    {
        if (string.IsNullOrEmpty(conversation?.State))
        {
            return Language.Id;
        }

        try
        {
            return MessageJson.Deserialize<Conversation>(conversation.State).Language;
        }
        catch (JsonException)
        {
            return Language.Id;
        }
    }

    /// <summary>Closed when the user never wrote, wrote 24 hours ago or more, or a send since failed with <paramref name="closedErrorCode"/>.</summary>
    public static async Task<bool> IsClosedAsync(BotDbContext db, ConversationRecord? conversation, string conversationId, int closedErrorCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (conversation?.LastInboundAt is not { } last || now - last >= Length)
        {
            return true;
        }

        return await db.Set<WhatsAppDelivery>().AnyAsync(d => d.ConversationId == conversationId && d.ErrorCode == closedErrorCode && d.UpdatedAt > last, cancellationToken);
    }

    /// <summary>Whether the out-of-window template already went to the user since they last wrote (once per silence).</summary>
    public static async Task<bool> TemplateSentAsync(BotDbContext db, ConversationRecord? conversation, string conversationId, CancellationToken cancellationToken)
    {
        var since = conversation?.LastInboundAt ?? DateTimeOffset.MinValue;
        var notified = await db.Set<WhatsAppDelivery>().AsNoTracking()
            .Where(d => d.ConversationId == conversationId && d.Kind == WhatsAppDeliveryKind.Template && d.CreatedAt >= since)
            .Select(d => d.Status)
            .ToListAsync(cancellationToken);
        return notified.Any(s => !WhatsAppDelivery.IsFailure(s));
    }
}
