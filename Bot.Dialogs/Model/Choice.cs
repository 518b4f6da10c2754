namespace Bot.Dialogs.Model;

/// <summary>
/// An answer a dialog offers. The id travels in button payloads (Telegram callback data is
/// limited to 64 bytes), so keep it short and ASCII.
/// </summary>
public sealed record Choice(string Id, Bilingual Label);

/// <summary>A choice rendered in the conversation's language, as channels and storage see it.</summary>
public sealed record ChoiceOption(string Id, string Label);
