namespace Bot.Dialogs.Routing;

/// <summary>Words that work at every step of every dialog.</summary>
public enum GlobalWord
{
    None,
    Menu,
    Cancel,
    Help,
    Language,

    /// <summary>The personal-data notice in full (UU 27/2022).</summary>
    Privacy,
}

public static class GlobalWords
{
    private static readonly Dictionary<string, GlobalWord> s_words = new(StringComparer.Ordinal)
    {
        ["menu"] = GlobalWord.Menu,
        ["/menu"] = GlobalWord.Menu,
        ["/start"] = GlobalWord.Menu,
        ["menu utama"] = GlobalWord.Menu,
        ["main menu"] = GlobalWord.Menu,
        ["batal"] = GlobalWord.Cancel,
        ["/batal"] = GlobalWord.Cancel,
        ["cancel"] = GlobalWord.Cancel,
        ["/cancel"] = GlobalWord.Cancel,
        ["bantuan"] = GlobalWord.Help,
        ["/bantuan"] = GlobalWord.Help,
        ["help"] = GlobalWord.Help,
        ["/help"] = GlobalWord.Help,
        ["bahasa"] = GlobalWord.Language,
        ["/bahasa"] = GlobalWord.Language,
        ["language"] = GlobalWord.Language,
        ["/language"] = GlobalWord.Language,
        ["privasi"] = GlobalWord.Privacy,
        ["/privasi"] = GlobalWord.Privacy,
        ["privacy"] = GlobalWord.Privacy,
        ["/privacy"] = GlobalWord.Privacy,
    };

    /// <summary>Matches the whole message only, so "menu" inside a sentence is not a command.</summary>
    public static GlobalWord Match(string normalized)
    {
        // Telegram sends "/start@BotName" in some clients and "/start payload" for deep links.
        var first = normalized.Split(' ', 2)[0];
        if (first.StartsWith('/'))
        {
            normalized = first.Split('@')[0];
        }

        return s_words.GetValueOrDefault(normalized, GlobalWord.None);
    }
}
