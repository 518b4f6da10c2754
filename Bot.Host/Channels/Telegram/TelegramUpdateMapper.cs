using System.Globalization;
using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// What one update means to us: a message to store (and a callback query to answer), or
/// nothing. Private chats are user conversations; the staff group goes to the ticket desk;
/// other groups, channels, bots and update kinds we do not handle are ignored.
/// </summary>
internal sealed record MappedUpdate(Inbound? Inbound, string? CallbackQueryId, string? IgnoredBecause);

internal static class TelegramUpdateMapper
{
    /// <summary>The update kinds we handle; setWebhook and getUpdates ask for these only.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    public static MappedUpdate Map(Update update, long? staffChatId, DateTimeOffset now)
    {
        var updateId = update.Id.ToString(CultureInfo.InvariantCulture);
        switch (update)
        {
            case { Message: { } message }:
                return MapMessage(message, updateId, staffChatId, now);
            case { CallbackQuery: { } query }:
                return MapCallback(query, updateId, staffChatId, now);
            default:
                return Ignored($"update kind {update.Type} is not handled");
        }
    }

    private static MappedUpdate MapMessage(Message message, string updateId, long? staffChatId, DateTimeOffset now)
    {
        if (message.From is not { } from)
        {
            return Ignored("message without a sender");
        }

        if (from.IsBot)
        {
            return Ignored("message from a bot");
        }

        // The Bot API always sends these, but a malformed or forged body may not: Telegram.Bot's
        // types declare them non-null, so check before use rather than fail on them.
        if (message.Chat is null)
        {
            return Ignored("message without a chat");
        }

        var text = message.Text ?? message.Caption;
        switch (message.Chat.Type)
        {
            case ChatType.Private:
                return new MappedUpdate(
                    new Inbound(ChannelNames.Telegram, Key(message.Chat.Id), updateId, now)
                    {
                        Text = text,
                        Sender = Sender(from, SharedOwnPhone(message, from)),
                    },
                    null,
                    null);
            case ChatType.Group or ChatType.Supergroup when message.Chat.Id == staffChatId:
                return new MappedUpdate(
                    new Inbound(ChannelNames.Staff, Key(message.Chat.Id), "tg-" + updateId, now)
                    {
                        Text = text,
                        ReplyTo = message.ReplyToMessage?.MessageId.ToString(CultureInfo.InvariantCulture),
                        Sender = Sender(from, null),
                    },
                    null,
                    null);
            default:
                return Ignored($"message in a {message.Chat.Type} chat that is not the staff group");
        }
    }

    private static MappedUpdate MapCallback(CallbackQuery query, string updateId, long? staffChatId, DateTimeOffset now)
    {
        if (query.Id is null || query.From is null)
        {
            return Ignored("callback query without an id or a sender");
        }

        // Every query is answered, even one we ignore, so the button stops spinning.
        if (query.From.IsBot || query.Data is null)
        {
            return new MappedUpdate(null, query.Id, "callback query without data");
        }

        var (text, choice) = query.Data.StartsWith(TelegramMarkup.NumberPrefix, StringComparison.Ordinal)
            ? (query.Data[TelegramMarkup.NumberPrefix.Length..], (string?)null)
            : ((string?)null, query.Data);

        // Without the message (too old, or from an inline message) a private chat's id is the user's.
        var chat = query.Message?.Chat;
        var chatId = chat?.Id ?? query.From.Id;
        var chatType = chat?.Type ?? ChatType.Private;
        if (chatType == ChatType.Private)
        {
            return new MappedUpdate(
                new Inbound(ChannelNames.Telegram, Key(chatId), updateId, now) { Text = text, ChoiceId = choice, Sender = Sender(query.From, null) },
                query.Id,
                null);
        }

        if (chatId == staffChatId)
        {
            return new MappedUpdate(
                new Inbound(ChannelNames.Staff, Key(chatId), "tg-" + updateId, now)
                {
                    Text = text,
                    ChoiceId = choice,
                    ReplyTo = query.Message?.MessageId.ToString(CultureInfo.InvariantCulture),
                    Sender = Sender(query.From, null),
                },
                query.Id,
                null);
        }

        return new MappedUpdate(null, query.Id, $"callback query in a {chatType} chat that is not the staff group");
    }

    /// <summary>A contact counts as the user's phone only when it is their own (the share-phone button).</summary>
    private static string? SharedOwnPhone(Message message, User from)
    {
        if (message.Contact is not { } contact || contact.UserId != from.Id)
        {
            return null;
        }

        var digits = new string((contact.PhoneNumber ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length is >= 6 and <= 15 ? "+" + digits : null;
    }

    private static SenderProfile Sender(User user, string? phone)
    {
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new SenderProfile(name.Length > 0 ? name : null, user.Username, user.LanguageCode, phone) { Id = user.Id.ToString(CultureInfo.InvariantCulture) };
    }

    private static string Key(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    private static MappedUpdate Ignored(string reason) => new(null, null, reason);
}
