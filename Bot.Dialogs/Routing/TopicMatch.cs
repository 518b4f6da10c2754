namespace Bot.Dialogs.Routing;

/// <summary>Where a free-text message at the menu should go: a dialog and its argument.</summary>
public sealed record TopicMatch(string Dialog, string? Argument);
