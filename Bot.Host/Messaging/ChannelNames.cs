namespace Bot.Host.Messaging;

public static class ChannelNames
{
    public const string WebChat = "webchat";
    public const string Telegram = "telegram";
    public const string WhatsApp = "whatsapp";
    public const string Mail = "mail";

    /// <summary>The staff group (Telegram): inbound staff commands and replies, outbound ticket posts.</summary>
    public const string Staff = "staff";
}
