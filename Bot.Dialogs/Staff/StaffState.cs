namespace Bot.Dialogs.Staff;

/// <summary>The persisted state of <see cref="StaffDialog"/>.</summary>
public sealed class StaffState
{
    public StaffStep Step { get; set; } = StaffStep.Start;
}

public enum StaffStep
{
    Start,
    SigningGuestBook,
    Writing,
}
