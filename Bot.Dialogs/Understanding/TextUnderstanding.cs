namespace Bot.Dialogs.Understanding;

/// <summary>
/// The understanding step the router runs before dispatching typed text: the classifier's
/// guess, the route of that intent, and whether it is sure enough to act on.
/// </summary>
public sealed class TextUnderstanding(IIntentClassifier classifier, IntentRoutes routes, UnderstandingOptions options)
{
    public IntentRoutes Routes => routes;

    public Reading Read(string text)
    {
        var guess = classifier.Classify(text);
        var route = routes.Find(guess.Intent)
            ?? throw new InvalidOperationException($"Intent '{guess.Intent}' has no line in intents.tsv.");
        return new Reading(guess, route, guess.Confidence >= options.Threshold);
    }
}

/// <summary>How the bot read one text.</summary>
public sealed record Reading(IntentGuess Guess, IntentRoute Route, bool Confident)
{
    /// <summary>A search, or the runner-up is one: the text probably names a topic.</summary>
    public bool NamesTopic => Route.Kind == RouteKind.Search || Guess.Second == Intents.Search;
}

/// <summary>Settings (section "Understanding").</summary>
public sealed class UnderstandingOptions
{
    public const string Section = "Understanding";

    /// <summary>
    /// The classifier's probability from which its intent is acted on; below it the bot
    /// searches (when the text names a topic) or asks which was meant. 0.4 keeps one in a
    /// hundred held-out utterances wrong-and-sure (docs/understanding.md).
    /// </summary>
    public float Threshold { get; set; } = 0.4f;

    /// <summary>A training file to use instead of the embedded one (the office's own copy).</summary>
    public string? TrainingPath { get; set; }
}
