namespace Bot.Dialogs.Routing;

/// <summary>Greetings and small talk that mean "show me the menu" ("halo", "selamat pagi kak").</summary>
public static class Greetings
{
    private static readonly HashSet<string> s_greetings =
    [
        "halo", "hallo", "helo", "hai", "hi", "hello", "hey", "p", "ping", "permisi", "assalamualaikum", "assalamu", "salam",
        "selamat", "pagi", "siang", "sore", "malam", "good", "morning", "afternoon", "evening", "min", "kak", "mas", "mbak", "pak", "bu",
    ];

    /// <summary>True when every word of a short message is a greeting word.</summary>
    public static bool IsGreeting(string[] words) => words.Length is > 0 and <= 3 && words.All(s_greetings.Contains);
}
