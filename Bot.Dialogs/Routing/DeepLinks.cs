namespace Bot.Dialogs.Routing;

/// <summary>
/// Telegram deep links ("t.me/bot?start=antri" arrives as "/start antri"), printed as QR codes
/// on the office's poster. They start their dialog from anywhere, like a global word.
/// </summary>
public static class DeepLinks
{
    private static readonly Dictionary<string, TopicMatch> s_payloads = new(StringComparer.Ordinal)
    {
        ["antri"] = new TopicMatch(DialogNames.Queue, null),
        ["antrean"] = new TopicMatch(DialogNames.Queue, null),
    };

    /// <summary>The dialog a normalised "/start payload" message starts, or null.</summary>
    public static TopicMatch? Match(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words[0].Split('@')[0] == "/start" ? s_payloads.GetValueOrDefault(words[1]) : null;
    }
}
