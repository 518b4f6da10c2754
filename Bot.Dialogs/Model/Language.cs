namespace Bot.Dialogs.Model;

/// <summary>The language a conversation is held in. Indonesian is the default.</summary>
public enum Language
{
    Id,
    En,
}
