using Bot.Host.Storage;
using Microsoft.AspNetCore.Identity;

namespace Bot.Host.Staff.Accounts;

/// <summary>
/// Staff accounts (ASP.NET Core Identity on the service's database), the console's cookie, the
/// API key scheme and the three policies: the staff API (cookie or key), the console pages
/// (cookie) and the supervisor's pages (cookie with the supervisor role).
/// </summary>
internal static class StaffAuthSetup
{
    public const string ApiPolicy = "staff-api";
    public const string ConsolePolicy = "staff-console";
    public const string SupervisorPolicy = "staff-supervisor";
    public const string CookieName = "pstbot.staff";
    public const string SignInPath = "/staff/masuk";

    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddStaffApiKey();
        services.AddHttpContextAccessor();
        services.AddIdentityCore<StaffAccount>(o =>
            {
                // Length over composition rules (NIST SP 800-63B): a long passphrase is allowed and enough.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BotDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();

        // A disabled account's stamp changes, so its open sessions end at the next check.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                // Strict: no other site can make the browser send it (the JSON API takes it too).
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the console is served over https (behind the office's proxy as well).
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = SignInPath;
                o.AccessDeniedPath = "/staff/ditolak";
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
                o.Events.OnRedirectToLogin = context => ChallengeAsync(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ChallengeAsync(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, StaffKeyHandler>(StaffKeyHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, StaffKeyHandler.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(ConsolePolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(StaffRoles.Officer, StaffRoles.Supervisor))
            .AddPolicy(SupervisorPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(StaffRoles.Supervisor));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pstbot.staff.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>Pages are redirected to the sign-in page; the JSON API answers with a status (the key scheme writes the 401's problem).</summary>
    private static Task ChallengeAsync(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return status == StatusCodes.Status403Forbidden
                ? Results.Problem(statusCode: status, title: "Not allowed", detail: "This staff account may not do this.").ExecuteAsync(context.HttpContext)
                : Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication UseStaffAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
