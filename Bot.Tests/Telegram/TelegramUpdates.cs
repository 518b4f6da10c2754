using System.Text.Json.Nodes;

namespace Bot.Tests.Telegram;

/// <summary>Update JSON in the shapes the Bot API documents (https://core.telegram.org/bots/api#update).</summary>
internal static class TelegramUpdates
{
    public const long UserId = 555000111;
    public const long StaffChatId = -1001234567890;

    private const long Date = 1772413200; // 2026-03-02 01:00 UTC, the factory's clock

    public static JsonObject User(long id = UserId, string firstName = "Siti", string? lastName = "Rahma", string? userName = "sitirahma", string? language = "id", bool isBot = false)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = firstName };
        if (lastName is not null)
        {
            user["last_name"] = lastName;
        }

        if (userName is not null)
        {
            user["username"] = userName;
        }

        if (language is not null)
        {
            user["language_code"] = language;
        }

        return user;
    }

    public static JsonObject PrivateChat(long id = UserId) =>
        new() { ["id"] = id, ["first_name"] = "Siti", ["last_name"] = "Rahma", ["username"] = "sitirahma", ["type"] = "private" };

    public static JsonObject GroupChat(long id, string type = "supergroup") =>
        new() { ["id"] = id, ["title"] = "Grup", ["type"] = type };

    /// <summary>A text message in a private chat.</summary>
    public static string Text(int updateId, string text, long chatId = UserId, JsonObject? from = null) =>
        Message(updateId, PrivateChat(chatId), from ?? User(chatId), m => m["text"] = text);

    public static string Message(int updateId, JsonObject chat, JsonObject from, Action<JsonObject> fill, int messageId = 0)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId == 0 ? updateId % 100_000 : messageId,
            ["from"] = from,
            ["chat"] = chat,
            ["date"] = Date,
        };
        fill(message);
        if (message["text"] is JsonValue text && ((string?)text)!.StartsWith('/'))
        {
            var command = ((string?)text)!.Split(' ')[0];
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = command.Length, ["type"] = "bot_command" });
        }

        return new JsonObject { ["update_id"] = updateId, ["message"] = message }.ToJsonString();
    }

    /// <summary>A press of an inline keyboard button under a message the bot sent in a private chat.</summary>
    public static string Callback(int updateId, string data, long chatId = UserId, int messageId = 101, string queryId = "4382bfdwdsb323b2d9") =>
        new JsonObject
        {
            ["update_id"] = updateId,
            ["callback_query"] = new JsonObject
            {
                ["id"] = queryId,
                ["from"] = User(chatId),
                ["message"] = new JsonObject
                {
                    ["message_id"] = messageId,
                    ["from"] = new JsonObject { ["id"] = 123, ["is_bot"] = true, ["first_name"] = "PST Test Bot", ["username"] = "pst_test_bot" },
                    ["chat"] = chatId > 0 ? PrivateChat(chatId) : GroupChat(chatId),
                    ["date"] = Date,
                    ["text"] = "Pilih menu",
                },
                ["chat_instance"] = "-8401987654321",
                ["data"] = data,
            },
        }.ToJsonString();

    /// <summary>The user shared their own number with the request_contact button.</summary>
    public static string Contact(int updateId, string phone, long chatId = UserId) =>
        Message(updateId, PrivateChat(chatId), User(chatId), m => m["contact"] = new JsonObject
        {
            ["phone_number"] = phone,
            ["first_name"] = "Siti",
            ["user_id"] = chatId,
        });

    /// <summary>An update kind the bot does not ask for (an edited message).</summary>
    public static string EditedMessage(int updateId, string text) =>
        new JsonObject
        {
            ["update_id"] = updateId,
            ["edited_message"] = new JsonObject
            {
                ["message_id"] = 7,
                ["from"] = User(),
                ["chat"] = PrivateChat(),
                ["date"] = Date,
                ["edit_date"] = Date + 5,
                ["text"] = text,
            },
        }.ToJsonString();
}
