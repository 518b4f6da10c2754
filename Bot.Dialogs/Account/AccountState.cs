using Bot.Dialogs.Registration;

namespace Bot.Dialogs.Account;

/// <summary>
/// The persisted state of <see cref="AccountDialog"/>. The field being changed is kept here (sealed
/// when personal, a new email until verified) and saved as it stands.
/// </summary>
public sealed class AccountState : IProfileDraft
{
    public AccountStep Step { get; set; } = AccountStep.Start;

    public string? UserId { get; set; }

    public string? SealedName { get; set; }

    public string? SealedEmail { get; set; }

    /// <summary>The email on file, masked, that a step-up code went to (for the reprompt).</summary>
    public string? MaskedAccountEmail { get; set; }

    public string? IdentityType { get; set; }

    public string? SealedIdentityNumber { get; set; }

    public string? Occupation { get; set; }

    public string? Institution { get; set; }

    public string? SealedPhone { get; set; }
}

// Stored as numbers in the conversation frame: new steps go at the end.
public enum AccountStep
{
    Start,
    Menu,
    ChoosingField,
    Name,
    Email,
    Code,
    IdentityType,
    IdentityNumber,
    Occupation,
    Institution,
    Phone,
    ConfirmDelete,

    // Step-up: a fresh code to the email on file confirms what cannot be undone.
    DeleteCode,
    OldEmailCode,

    // Where the dialog ends.
    Shown,
    SigningGuestBook,
    Closed,
    Kept,
    NotChanged,
    Deleted,
    Saved,
}

public enum AccountTrigger
{
    ShowMenu,
    Show,
    Edit,
    Delete,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Ask the current question again.</summary>
    Reprompt,

    /// <summary>A profile field's answer, null when refused.</summary>
    Answer,

    /// <summary>A pressed button, null when none of the offered ones.</summary>
    Choose,
    ChangeEmail,
    Resend,

    /// <summary>A mailed code is right.</summary>
    Verified,

    /// <summary>The user changed their mind while a step-up code was awaited.</summary>
    Keep,
}
