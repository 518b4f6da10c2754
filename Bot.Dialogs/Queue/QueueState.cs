namespace Bot.Dialogs.Queue;

/// <summary>The persisted state of <see cref="QueueDialog"/>.</summary>
public sealed class QueueState
{
    public QueueStep Step { get; set; } = QueueStep.Start;

    /// <summary>The number taken in this dialog, for the texts after the guest book.</summary>
    public string? Number { get; set; }
}

// Stored as numbers in the conversation frame: new steps go at the end.
public enum QueueStep
{
    Start,
    Service,
    Invite,
    Registering,
    GuestBook,

    /// <summary>Taking the number; passed through within the turn.</summary>
    Taking,

    // Where the dialog ends.
    Ready,
    Later,
    MovedOn,
    NotSigned,
    Closed,
    HadNumber,
    ShowingMine,
    GivenUp,
}

public enum QueueTrigger
{
    ShowMine,
    GiveUp,

    /// <summary>The number the visitor already holds today.</summary>
    Have,

    /// <summary>The service to take a number for; null when it is still to be chosen (at the start) or refused (as an answer).</summary>
    Take,

    /// <summary>The desk already has today's guest book for the number.</summary>
    Ready,

    /// <summary>The visitor signed today's guest book earlier, before taking the number.</summary>
    SignedEarlier,
    Invite,

    /// <summary>A pressed button on the invitation (fill in now or later).</summary>
    Choose,
    MoveOn,

    /// <summary>How the child dialog (registration, the guest book) ended: true when it succeeded for a registered chat.</summary>
    Returned,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Ask the current question again.</summary>
    Reprompt,
}
