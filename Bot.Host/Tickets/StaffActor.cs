using Bot.Dialogs.Model;

namespace Bot.Host.Tickets;

/// <summary>
/// Who did a staff action, as recorded with it: a console account (<c>staff:&lt;email&gt;</c>), a
/// member of the Telegram staff group by their Telegram user id (<c>telegram:&lt;id&gt;</c>; a
/// display name can be changed by its owner, the id cannot) or the API key (<c>api-key</c>).
/// <see cref="Name"/> is what people read (the thread, the group, the visitor's first name).
/// It lives with the tickets it is recorded on; the staff side (console, API) makes one from a
/// signed-in user's claims, so the ticket domain needs nothing from the staff surface.
/// </summary>
public sealed record StaffActor(string Id, string Name)
{
    public static StaffActor FromTelegram(SenderProfile? sender) => new(
        sender?.Id is { Length: > 0 } id ? "telegram:" + id : "telegram:unknown",
        sender?.DisplayName is { Length: > 0 } name ? name : sender?.UserName is { Length: > 0 } user ? "@" + user : "petugas");
}
