namespace Bot.Dialogs.Model;

/// <summary>
/// The persisted state of one conversation (one chat on one channel). The host loads it
/// before a turn and stores it in the same transaction as the turn's replies.
/// </summary>
public sealed partial class Conversation
{
    /// <summary>The channel name (webchat, telegram, whatsapp).</summary>
    public string Channel { get; set; } = "";

    /// <summary>The chat's key on that channel (chat id, E.164 number, web chat id).</summary>
    public string Key { get; set; } = "";

    public Language Language { get; set; } = Language.Id;

    /// <summary>True once the user picked a language, so the channel's hint no longer applies.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>Active dialogs, innermost last. Empty means the main menu.</summary>
    public List<DialogFrame> Stack { get; set; } = [];

    /// <summary>The choices last offered, so a typed number or label can be mapped back.</summary>
    public List<ChoiceOption> LastChoices { get; set; } = [];

    /// <summary>Bad answers in a row to the current question.</summary>
    public int BadAnswers { get; set; }

    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>The registered account this chat belongs to, if any.</summary>
    public string? UserId { get; set; }

    /// <summary>A staff ticket currently talking with this user; dialogs stand aside while set.</summary>
    public string? HandoffTicket { get; set; }
}
