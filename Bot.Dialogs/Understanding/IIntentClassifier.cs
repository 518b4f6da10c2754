namespace Bot.Dialogs.Understanding;

/// <summary>
/// Places a visitor's free text into one of the intents of the training file. Channel-neutral;
/// the router asks it before dispatching any typed text.
/// </summary>
public interface IIntentClassifier
{
    /// <summary>The intents ranked by score, best first; never empty.</summary>
    IntentGuess Classify(string text);
}

/// <summary>The classifier's answer: the best intent, its confidence (0–1) and the runner-up.</summary>
public sealed record IntentGuess(string Intent, float Confidence, string? Second, float SecondConfidence);
