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

// Stored as numbers in the conversation frame: new steps go at the end.
public enum PublicationStep
{
    Start,
    Showing,
    Registering,
    SigningGuestBook,

    // Where the dialog ends: the publication is gone, the user went back to the search, or it was delivered.
    Gone,
    Left,
    Delivered,
}

public enum PublicationTrigger
{
    /// <summary>Show the detail, carrying the publication.</summary>
    Show,
    NeedRegistration,
    NeedGuestBook,

    /// <summary>The publication is no longer in the catalogue (or nothing was pending).</summary>
    Missing,

    /// <summary>The registration or guest book the request waited for did not finish, carrying the publication to show again.</summary>
    Unfinished,

    /// <summary>Back to the search, carrying what the search should do next.</summary>
    Leave,

    /// <summary>The read link or the document, carrying what was delivered.</summary>
    Deliver,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Show the choices again.</summary>
    Reprompt,
}
