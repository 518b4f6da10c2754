using Bot.Dialogs.Model;

namespace Bot.Dialogs.Publications;

/// <summary>The persisted state of <see cref="PublicationDialog"/>.</summary>
public sealed class PublicationState
{
    public PublicationStep Step { get; set; } = PublicationStep.Start;

    public string PublicationId { get; set; } = "";

    /// <summary>What the user asked for before a detour through registration or the guest book.</summary>
    public DocumentMode? Pending { get; set; }
}

public enum PublicationStep
{
    Start,
    Showing,
    Registering,
    SigningGuestBook,
}

public enum PublicationTrigger
{
    Show,
    NeedRegistration,
    NeedGuestBook,
}
