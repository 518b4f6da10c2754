using System.Security.Claims;
using Bot.Dialogs.Model;

namespace Bot.Host.Staff.Accounts;

/// <summary>
/// Who did a staff action, as recorded with it: a console account (<c>staff:&lt;email&gt;</c>), a
/// member of the Telegram staff group by their Telegram user id (<c>telegram:&lt;id&gt;</c>; a
/// display name can be changed by its owner, the id cannot) or the API key (<c>api-key</c>).
/// <see cref="Name"/> is what people read (the thread, the group, the visitor's first name).
/// </summary>
public sealed record StaffActor(string Id, string Name)
{
    public const string DisplayNameClaim = "pstbot:display_name";

    public static StaffActor FromTelegram(SenderProfile? sender) => new(
        sender?.Id is { Length: > 0 } id ? "telegram:" + id : "telegram:unknown",
        sender?.DisplayName is { Length: > 0 } name ? name : sender?.UserName is { Length: > 0 } user ? "@" + user : "petugas");

    public static StaffActor FromPrincipal(ClaimsPrincipal user)
    {
        if (user.Identity?.AuthenticationType == StaffKeyHandler.SchemeName)
        {
            return new StaffActor(StaffKeyHandler.ActorId, "petugas");
        }

        var email = user.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        return new StaffActor("staff:" + email, user.FindFirstValue(DisplayNameClaim) is { Length: > 0 } name ? name : email);
    }
}
