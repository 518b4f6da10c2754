namespace Bot.Dialogs.Account;

/// <summary>The persisted state of <see cref="AccountDialog"/>. A new email is kept sealed until verified.</summary>
public sealed class AccountState
{
    public AccountStep Step { get; set; } = AccountStep.Start;

    public string? UserId { get; set; }

    public string? SealedEmail { get; set; }

    /// <summary>The email on file, masked, that a step-up code went to (for the reprompt).</summary>
    public string? MaskedAccountEmail { get; set; }

    public string? IdentityType { get; set; }

    public string? Occupation { get; set; }
}

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
}

public enum AccountTrigger
{
    ShowMenu,
    Edit,
    Delete,
    EditName,
    EditEmail,
    EmailGiven,
    EditIdentity,
    IdentityTypeGiven,
    EditOccupation,
    OccupationGiven,
    EditPhone,
    DeleteConfirmed,
    OldEmailConfirmed,
}
