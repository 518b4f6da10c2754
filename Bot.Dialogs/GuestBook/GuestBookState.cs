namespace Bot.Dialogs.GuestBook;

/// <summary>The persisted state of <see cref="GuestBookDialog"/>.</summary>
public sealed class GuestBookState
{
    public GuestBookStep Step { get; set; } = GuestBookStep.Start;

    public string? Purpose { get; set; }
}

public enum GuestBookStep
{
    Start,
    Purpose,
    LookingFor,
}

public enum GuestBookTrigger
{
    Ask,
    Purpose,
}
