namespace Bot.Dialogs.Understanding;

/// <summary>Intent names the code refers to directly (the rest live only in the data files).</summary>
public static class Intents
{
    public const string Search = "search";
    public const string Greeting = "greeting";
    public const string Thanks = "thanks";
    public const string Goodbye = "goodbye";
    public const string Language = "language";
}
