namespace Bot.Host.Users;

/// <summary>
/// One verification code sent to an email from a chat. Only a keyed hash of the code is kept.
/// Rows outlive the dialog so expiry, tries and the hourly send limit hold across turns.
/// </summary>
public sealed class EmailVerification
{
    public long Id { get; set; }

    public required string EmailHash { get; set; }

    public required string ConversationId { get; set; }

    public required string CodeHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public int FailedAttempts { get; set; }

    public DateTimeOffset? VerifiedAt { get; set; }
}
