using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Bot.Host.Limits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Bot.Host.Staff.Accounts;

/// <summary>
/// The staff API's bearer key (`Authorization: Bearer {Staff:ApiKey}`) as an authentication
/// scheme, so the staff policy accepts it or the console's cookie. The key is compared in
/// constant time; repeated wrong keys from one address are answered 429 for a while, even the
/// right one. With no key configured the scheme accepts nothing (the cookie still works).
/// </summary>
internal sealed class StaffKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<StaffApiKeyOptions> keyOptions,
    FailedKeyLimiter failures) : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "StaffKey";

    /// <summary>The actor recorded for what is done with the key: it names no person.</summary>
    public const string ActorId = "api-key";

    private const string Prefix = "Bearer ";
    private const string BlockedItem = "pstbot.staffkey.blocked";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var key = keyOptions.Value.ApiKey?.Trim();
        var address = AbuseLimits.ClientAddress(Context);
        if (failures.IsBlocked(address))
        {
            Context.Items[BlockedItem] = true;
            return Task.FromResult(AuthenticateResult.Fail("Too many wrong staff keys from this address."));
        }

        if (string.IsNullOrEmpty(key) || !Matches(header[Prefix.Length..].Trim(), key))
        {
            failures.RecordFailure(address);
            return Task.FromResult(AuthenticateResult.Fail("The staff API key is not valid."));
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, ActorId), new Claim(ClaimTypes.Name, ActorId), new Claim(ClaimTypes.Role, StaffRoles.Supervisor)],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.ContainsKey(BlockedItem))
        {
            await AbuseLimits.RejectAsync(Context, failures.Window);
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        var presented = Request.Headers.Authorization.ToString().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Staff sign-in required",
            detail: !presented ? "Send the staff API key as `Authorization: Bearer <Staff:ApiKey>`, or sign in to the staff console at /staff."
                : keyOptions.Value.Enabled ? "The staff API key is not valid."
                : "No Staff:ApiKey is set on this host, so the staff API takes only the console's sign-in (/staff).").ExecuteAsync(Context);
    }

    // Hashing first gives equal lengths, so the comparison time says nothing about the key.
    private static bool Matches(string presented, string key) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
