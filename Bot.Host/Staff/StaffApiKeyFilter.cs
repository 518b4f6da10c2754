using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Bot.Host.Staff;

/// <summary>
/// Lets a staff API request through only with `Authorization: Bearer {Staff:ApiKey}`. The key is
/// compared in constant time; with no key configured the staff API answers 404 (disabled).
/// </summary>
internal sealed class StaffApiKeyFilter(IOptions<StaffApiKeyOptions> options, Limits.FailedKeyLimiter failures) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var key = options.Value.ApiKey?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Staff API disabled",
                detail: "The staff API is disabled on this host because Staff:ApiKey is not set.");
        }

        var address = Limits.AbuseLimits.ClientAddress(context.HttpContext);
        if (failures.IsBlocked(address))
        {
            await Limits.AbuseLimits.RejectAsync(context.HttpContext, failures.Window);
            return Results.Empty;
        }

        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
        if (presented is null || !Matches(presented, key))
        {
            failures.RecordFailure(address);
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Staff key required",
                detail: presented is null
                    ? "Send the staff API key as `Authorization: Bearer <Staff:ApiKey>`."
                    : "The staff API key is not valid.");
        }

        return await next(context);
    }

    // Hashing first gives equal lengths, so the comparison time says nothing about the key.
    private static bool Matches(string presented, string key) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
