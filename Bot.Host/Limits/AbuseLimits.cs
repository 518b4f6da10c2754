using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Host.Limits;

/// <summary>
/// Per-client-address limits on what a script could abuse: creating web chat sessions, posting
/// and polling, opening document and media links, searching the catalogue, guessing the staff
/// key. Over a limit the client gets 429 with Retry-After and a problem body. The address is the
/// connection's, or X-Forwarded-For's when the connection comes from one of Web:TrustedProxies
/// (never otherwise: anyone can send that header).
/// </summary>
public static class AbuseLimits
{
    public const string Sessions = "webchat-sessions";
    public const string WebChat = "webchat";
    public const string Links = "links";
    public const string Search = "search";

    private static readonly TimeSpan s_window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AbuseLimitOptions>().BindConfiguration(AbuseLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FailedKeyLimiter>();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("Web:TrustedProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"Web:TrustedProxies has '{proxy}', which is not an IP address."));
            }
        });
        services.AddRateLimiter(options =>
        {
            options.OnRejected = (context, cancellationToken) => new ValueTask(RejectAsync(context.HttpContext, context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : s_window));
            options.AddPolicy(Sessions, context => PerAddress(context, o => o.SessionsPerMinute));
            options.AddPolicy(WebChat, context => PerAddress(context, o => o.WebChatPerMinute));
            options.AddPolicy(Links, context => PerAddress(context, o => o.LinksPerMinute));
            options.AddPolicy(Search, context => PerAddress(context, o => o.SearchPerMinute));
        });
        return services;
    }

    public static WebApplication UseAbuseLimits(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    /// <summary>After routing: the endpoints' policies are known.</summary>
    public static WebApplication UseEndpointRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    internal static Task RejectAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"Too many requests from this address. Try again in {seconds} seconds.").ExecuteAsync(context);
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, Func<AbuseLimitOptions, int> limit)
    {
        var permits = limit(context.RequestServices.GetRequiredService<IOptions<AbuseLimitOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = s_window,
            QueueLimit = 0,
        });
    }
}
