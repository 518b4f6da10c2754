namespace Bot.Host.Users;

/// <summary>
/// A registered person, shared by all their chats. Name, email, identity number and phone are
/// stored encrypted (Privacy/PersonalData); <see cref="EmailHash"/> finds an account by email.
/// </summary>
public sealed class UserAccount
{
    public required string Id { get; set; }

    public required string FullName { get; set; }

    public required string Email { get; set; }

    /// <summary>Keyed hash of the normalised email; unique, so one email is one account.</summary>
    public required string EmailHash { get; set; }

    public required string IdentityType { get; set; }

    public required string IdentityNumber { get; set; }

    /// <summary>An occupation code (Bot.Dialogs.Ports.Occupations); kept plain for statistics.</summary>
    public required string Occupation { get; set; }

    public required string Institution { get; set; }

    public required string Phone { get; set; }

    public string Language { get; set; } = "Id";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the user agreed to the personal-data statement.</summary>
    public DateTimeOffset ConsentedAt { get; set; }

    public DateTimeOffset EmailVerifiedAt { get; set; }

    public List<ChannelLink> Links { get; set; } = [];
}
