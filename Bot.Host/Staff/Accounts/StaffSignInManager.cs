using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Bot.Host.Staff.Accounts;

/// <summary>Identity's sign-in, refusing disabled accounts (the result is NotAllowed, as for any refused account).</summary>
internal sealed class StaffSignInManager(
    UserManager<StaffAccount> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffAccount> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffAccount>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffAccount> confirmation)
    : SignInManager<StaffAccount>(users, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffAccount user) => !user.Disabled && await base.CanSignInAsync(user);
}

/// <summary>Adds the display name to the console's cookie, so pages and actions need no lookup.</summary>
internal sealed class StaffClaimsFactory(UserManager<StaffAccount> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
