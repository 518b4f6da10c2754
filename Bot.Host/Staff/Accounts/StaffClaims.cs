using System.Security.Claims;
using Bot.Host.Tickets;

namespace Bot.Host.Staff.Accounts;

/// <summary>What a signed-in staff user's claims say: their display name, and the <see cref="StaffActor"/> they act as.</summary>
public static class StaffClaims
{
    public const string DisplayName = "pstbot:display_name";

    /// <summary>The console account (<c>staff:&lt;email&gt;</c>) or the API key (<c>api-key</c>) behind a request.</summary>
    public static StaffActor Actor(ClaimsPrincipal user)
    {
        if (user.Identity?.AuthenticationType == StaffKeyHandler.SchemeName)
        {
            return new StaffActor(StaffKeyHandler.ActorId, "petugas");
        }

        var email = user.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        return new StaffActor("staff:" + email, user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : email);
    }
}
