using System.Text;
using Bot.Dialogs.Model;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Host.Channels.Telegram;

/// <summary>Turns a reply's choices into Telegram keyboards.</summary>
internal static class TelegramMarkup
{
    /// <summary>Telegram's limit for a button's callback data.</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>
    /// Marks callback data that stands for the choice's number rather than its id: an id too long
    /// for a button travels as its number, which the router maps back exactly as a typed number.
    /// </summary>
    public const string NumberPrefix = "#";

    /// <summary>One button per row, numbered like the text so typing the number works too.</summary>
    public static InlineKeyboardMarkup? Inline(IReadOnlyList<ChoiceOption> choices)
    {
        if (choices.Count == 0)
        {
            return null;
        }

        var rows = choices.Select((choice, i) => new[]
        {
            InlineKeyboardButton.WithCallbackData($"{i + 1}. {choice.Label}", CallbackData(choice.Id, i + 1)),
        });
        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>A one-time keyboard with Telegram's "share my phone number" button.</summary>
    public static ReplyKeyboardMarkup SharePhone(string label) =>
        new(new[] { new[] { KeyboardButton.WithRequestContact(label) } })
        {
            OneTimeKeyboard = true,
            ResizeKeyboard = true,
        };

    internal static string CallbackData(string choiceId, int number) =>
        Encoding.UTF8.GetByteCount(choiceId) <= MaxCallbackDataBytes && !choiceId.StartsWith(NumberPrefix, StringComparison.Ordinal)
            ? choiceId
            : NumberPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
