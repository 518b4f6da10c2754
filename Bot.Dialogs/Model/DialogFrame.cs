namespace Bot.Dialogs.Model;

/// <summary>One active dialog on the conversation's stack, with its typed state as JSON.</summary>
public sealed record DialogFrame(string Dialog, string State);
