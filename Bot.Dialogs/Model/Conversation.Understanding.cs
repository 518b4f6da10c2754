namespace Bot.Dialogs.Model;

/// <summary>The conversation's state for understanding: digressions and clarifying questions.</summary>
public sealed partial class Conversation
{
    /// <summary>
    /// The dialogs a digression interrupted (innermost last), offered back with "Lanjutkan …?"
    /// until the visitor answers, goes to the menu, or the conversation expires.
    /// </summary>
    public List<DialogFrame>? Suspended { get; set; }

    /// <summary>The query behind the "Cari publikasi 'X'" button of the last clarifying question.</summary>
    public string? PendingSearch { get; set; }

    /// <summary>
    /// Every choice id offered by the last turn that offered any; a pressed button outside it
    /// is from an older message. Null for conversations stored before this was kept.
    /// </summary>
    public List<string>? OfferedChoiceIds { get; set; }
}
