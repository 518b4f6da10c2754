namespace Bot.Dialogs.GuestBook;

/// <summary>The persisted state of <see cref="GuestBookDialog"/>.</summary>
public sealed class GuestBookState
{
    public GuestBookStep Step { get; set; } = GuestBookStep.Start;

    public string? Purpose { get; set; }
}

// Stored as numbers in the conversation frame: new steps go at the end.
public enum GuestBookStep
{
    Start,
    Purpose,
    LookingFor,

    // Where the dialog ends.
    Signed,
    NotRegistered,
    SaidSigned,
    SignedBefore,
}

public enum GuestBookTrigger
{
    NotRegistered,

    /// <summary>Signed earlier today: true when the user started the guest book themselves.</summary>
    AlreadySigned,
    Ask,

    /// <summary>The chosen purpose, null when refused.</summary>
    Purpose,

    /// <summary>What data they look for, null when refused.</summary>
    LookingFor,
    Skip,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Ask the current question again.</summary>
    Reprompt,
}
