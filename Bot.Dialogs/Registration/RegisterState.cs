namespace Bot.Dialogs.Registration;

/// <summary>
/// The persisted state of <see cref="RegisterDialog"/>: the answers so far. Personal values
/// are sealed (see <see cref="Ports.IPersonalDataVault"/>); nothing is an account until confirmed.
/// </summary>
public sealed class RegisterState : IProfileDraft
{
    public RegisterStep Step { get; set; } = RegisterStep.Start;

    public string? SealedName { get; set; }

    public string? SealedEmail { get; set; }

    /// <summary>The email already has an account (another channel): verifying it links this chat.</summary>
    public bool EmailHasAccount { get; set; }

    public string? IdentityType { get; set; }

    public string? SealedIdentityNumber { get; set; }

    public string? Occupation { get; set; }

    public string? Institution { get; set; }

    public string? SealedPhone { get; set; }

    public DateTimeOffset? ConsentedAt { get; set; }
}

// Stored as numbers in the conversation frame: new steps go at the end.
public enum RegisterStep
{
    Start,
    Consent,
    Name,
    Email,
    Code,
    IdentityType,
    IdentityNumber,
    Occupation,
    Institution,
    Phone,
    Confirm,

    // Where the dialog ends.
    ConsentRefused,
    Linked,
    Registered,
    NotSaved,
}

public enum RegisterTrigger
{
    Next,
    ChangeEmail,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Ask the current question again.</summary>
    Reprompt,

    /// <summary>A profile field's answer, null when refused.</summary>
    Answer,

    /// <summary>A pressed button, null when none of the offered ones.</summary>
    Choose,
    Resend,

    /// <summary>The emailed code is right; carries whether the email already has an account.</summary>
    Verified,
}
