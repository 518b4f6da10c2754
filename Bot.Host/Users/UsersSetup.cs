using Bot.Dialogs.Ports;

namespace Bot.Host.Users;

internal static class UsersSetup
{
    /// <summary>Accounts, the guest book, and the personal-data vault dialogs use.</summary>
    public static IServiceCollection AddUsers(this IServiceCollection services)
    {
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<GuestBookStore>();
        services.AddScoped<IGuestBook>(sp => sp.GetRequiredService<GuestBookStore>());
        services.AddScoped<IUserDataEraser>(sp => sp.GetRequiredService<GuestBookStore>());
        services.AddScoped<IPersonalDataVault, PersonalDataVault>();
        return services;
    }
}
