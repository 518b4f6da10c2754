using System.Security.Cryptography;
using System.Text;

namespace Bot.Host.Staff;

/// <summary>
/// Bearer `Staff:ApiKey` on the staff API. Without a configured key every request is refused:
/// an unset key must never mean an open API. (Interim: the registration branch brings the
/// shared version in StaffApiKey*.cs; keep one at merge.)
/// </summary>
internal static class StaffAuth
{
    public static RouteGroupBuilder RequireStaffKey(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var configured = context.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Staff:ApiKey"];
            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            const string scheme = "Bearer ";
            var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
            if (string.IsNullOrEmpty(configured) || presented.Length == 0
                || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(configured)))
            {
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "Send the staff API key as 'Authorization: Bearer <Staff:ApiKey>'.");
            }

            return await next(context);
        });
        return group;
    }
}
