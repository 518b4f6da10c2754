namespace Bot.Host.Staff;

/// <summary>The staff API's authentication, shared by every staff endpoint group.</summary>
public static class StaffApiKeyExtensions
{
    /// <summary>Binds and validates `Staff:ApiKey`. Safe to call more than once.</summary>
    public static IServiceCollection AddStaffApiKey(this IServiceCollection services)
    {
        services.AddOptions<StaffApiKeyOptions>().BindConfiguration(StaffApiKeyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>Requires `Authorization: Bearer {Staff:ApiKey}` on every endpoint of the group (401 otherwise, 404 when no key is set).</summary>
    public static RouteGroupBuilder RequireStaffKey(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<StaffApiKeyFilter>();
        return group;
    }
}
