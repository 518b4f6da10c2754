namespace Bot.Dialogs.Understanding;

/// <summary>One line of the training file: an intent and an utterance that means it.</summary>
public sealed record TrainingExample(string Intent, string Text, int Line);
