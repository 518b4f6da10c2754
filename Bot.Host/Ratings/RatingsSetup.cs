using Bot.Dialogs.Ports;

namespace Bot.Host.Ratings;

internal static class RatingsSetup
{
    public static IServiceCollection AddRatings(this IServiceCollection services)
    {
        services.AddScoped<IRatings, RatingStore>();
        services.AddScoped<RatingAnonymizer>();
        services.AddScoped<Users.IUserDataEraser>(sp => sp.GetRequiredService<RatingAnonymizer>());
        return services;
    }
}
