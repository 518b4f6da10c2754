using Bot.Dialogs.Model;

namespace Bot.Dialogs.Understanding;

/// <summary>What the bot does for an intent: one line of intents.tsv.</summary>
public sealed record IntentRoute(string Intent, RouteKind Kind, string Target, string? Argument, Bilingual Label);

public enum RouteKind
{
    /// <summary>Start a dialog (<see cref="IntentRoute.Target"/>) with an optional argument.</summary>
    Dialog,

    /// <summary>Search the catalogue for the text, cleaned of conversational filler.</summary>
    Search,

    /// <summary>Small talk answered with a short text: greeting, thanks, goodbye.</summary>
    Reply,

    /// <summary>One of the global words: menu, cancel, help, language.</summary>
    Command,
}
