using Bot.Dialogs.Model;

namespace Bot.Dialogs.Ports;

/// <summary>
/// Registered users (accounts) and the chats that belong to them, for the conversation whose
/// turn is running. Implementations stage their changes in the turn's unit of work: nothing is
/// saved unless the turn completes, so a cancelled dialog leaves nothing half-saved. Values
/// handed back for display are already masked; clear personal data never returns to a dialog.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The account this chat belongs to, or null when it is not registered.</summary>
    Task<string?> FindCurrentUserAsync(CancellationToken cancellationToken);

    /// <summary>True when an account with this (normalised) email exists.</summary>
    Task<bool> EmailHasAccountAsync(string email, CancellationToken cancellationToken);

    /// <summary>
    /// Makes a new 6-digit code for the email and queues the mail with it. Refused when the
    /// address already had the maximum number of codes in the last hour.
    /// </summary>
    Task<EmailCodeSendResult> SendEmailCodeAsync(string email, Language language, CancellationToken cancellationToken);

    /// <summary>Checks a typed code against the latest one sent to the email from this chat.</summary>
    Task<EmailCodeCheckResult> VerifyEmailCodeAsync(string email, string code, CancellationToken cancellationToken);

    /// <summary>
    /// Step-up for what cannot be undone: a fresh code to the email on file of the account, with
    /// the same limits as any code. The result names the address masked.
    /// </summary>
    Task<EmailCodeSendResult> SendAccountCodeAsync(string userId, StepUpPurpose purpose, Language language, CancellationToken cancellationToken);

    /// <summary>Checks a typed code against the latest one sent to the account's email from this chat.</summary>
    Task<EmailCodeCheckResult> VerifyAccountCodeAsync(string userId, string code, CancellationToken cancellationToken);

    /// <summary>The phone number the channel knows for this chat (WhatsApp), E.164, or null.</summary>
    Task<string?> ChannelPhoneAsync(CancellationToken cancellationToken);

    /// <summary>Creates the account (its email must have been verified in this chat) and links this chat to it.</summary>
    Task<string> CreateUserAsync(NewUser user, CancellationToken cancellationToken);

    /// <summary>Links this chat to the existing account with the (just verified) email; returns its id.</summary>
    Task<string> LinkToEmailAccountAsync(string email, CancellationToken cancellationToken);

    /// <summary>What is stored about the user, masked for display; null when the account is gone.</summary>
    Task<UserProfile?> GetProfileAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Changes the fields that are set in <paramref name="update"/>. A new email must be verified
    /// first, and the email on file must have confirmed the change (step-up) in this chat.
    /// </summary>
    Task UpdateAsync(string userId, ProfileUpdate update, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the account and its personal data; anonymous statistics stay. The email on file
    /// must have confirmed it (step-up) in this chat just before.
    /// </summary>
    Task DeleteAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>The data a completed registration saves. Values are validated and normalised.</summary>
public sealed record NewUser(
    string FullName,
    string Email,
    string IdentityType,
    string IdentityNumber,
    string Occupation,
    string Institution,
    string Phone,
    Language Language,
    DateTimeOffset ConsentedAt);

/// <summary>Fields to change; null means unchanged. Identity type and number change together.</summary>
public sealed record ProfileUpdate
{
    public string? FullName { get; init; }

    public string? Email { get; init; }

    public string? IdentityType { get; init; }

    public string? IdentityNumber { get; init; }

    public string? Occupation { get; init; }

    public string? Institution { get; init; }

    public string? Phone { get; init; }
}

/// <summary>A user's stored data for display: personal values masked.</summary>
public sealed record UserProfile(
    string FullName,
    string MaskedEmail,
    string IdentityType,
    string MaskedIdentityNumber,
    string Occupation,
    string Institution,
    string MaskedPhone,
    DateTimeOffset RegisteredAt,
    IReadOnlyList<string> Channels,
    int GuestBookEntries);

/// <summary>
/// Whether a code was sent (to <see cref="MaskedEmail"/>, when the directory chose the address);
/// when refused, why and the moment another may be sent.
/// </summary>
public sealed record EmailCodeSendResult(bool Sent, DateTimeOffset? ExpiresAt, DateTimeOffset? RetryAt)
{
    public EmailCodeRefusal Refusal { get; init; }

    public string? MaskedEmail { get; init; }
}

/// <summary>Why no code was sent: this address had its codes for the hour, or the office's mail as a whole did.</summary>
public enum EmailCodeRefusal
{
    None,
    AddressLimit,
    OfficeLimit,
}

/// <summary>What a step-up code confirms; the mail says it, so an owner who did not ask is warned.</summary>
public enum StepUpPurpose
{
    DeleteAccount,
    ChangeEmail,
}

/// <summary>The result of checking a typed code.</summary>
public sealed record EmailCodeCheckResult(EmailCodeStatus Status, int TriesLeft = 0);

public enum EmailCodeStatus
{
    Valid,
    Wrong,
    Expired,
    TooManyTries,
    NoCode,
}
