namespace Bot.Dialogs.Staff;

/// <summary>The persisted state of <see cref="StaffDialog"/>.</summary>
public sealed class StaffState
{
    public StaffStep Step { get; set; } = StaffStep.Start;
}

// Stored as numbers in the conversation frame: new steps go at the end.
public enum StaffStep
{
    Start,
    SigningGuestBook,
    Writing,

    // Where the dialog ends: handed over to staff, or without the guest book it needs.
    Connected,
    NoGuestBook,
}

public enum StaffTrigger
{
    NeedGuestBook,
    Ask,

    /// <summary>A child dialog ended, carrying whether it succeeded (the guest book signed).</summary>
    Resumed,

    /// <summary>The message for staff was given.</summary>
    Write,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Ask for the message again.</summary>
    Reprompt,
}
