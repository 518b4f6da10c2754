namespace Bot.Host.Staff;

/// <summary>The staff API's key setting, read by the key authentication scheme.</summary>
public static class StaffApiKeyExtensions
{
    /// <summary>Binds and validates `Staff:ApiKey`. Safe to call more than once.</summary>
    public static IServiceCollection AddStaffApiKey(this IServiceCollection services)
    {
        services.AddOptions<StaffApiKeyOptions>().BindConfiguration(StaffApiKeyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
