namespace Bot.Dialogs.Queue;

/// <summary>The persisted state of <see cref="QueueDialog"/>.</summary>
public sealed class QueueState
{
    public QueueStep Step { get; set; } = QueueStep.Start;

    /// <summary>The number taken in this dialog, for the texts after the guest book.</summary>
    public string? Number { get; set; }
}

public enum QueueStep
{
    Start,
    Service,
    Invite,
    Registering,
    GuestBook,
}

public enum QueueTrigger
{
    AskService,
    Invite,
    Register,
    SignGuestBook,
}
