using Microsoft.AspNetCore.Identity;

namespace Bot.Host.Staff.Accounts;

/// <summary>
/// A staff member who signs in to the console (/staff). The email is the sign-in name; it is a
/// work address, kept in clear because Identity looks accounts up by it (visitors' personal data
/// is sealed, staff accounts are not visitors).
/// </summary>
public sealed class StaffAccount : IdentityUser
{
    /// <summary>The name shown in the console and, first name only, to visitors answered from it.</summary>
    public required string DisplayName { get; set; }

    /// <summary>A disabled account cannot sign in, and its open sessions end at their next check.</summary>
    public bool Disabled { get; set; }
}
