using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Subscriptions;
using Bot.Host.Catalog;

namespace Bot.Host.Subscriptions;

/// <summary>"langganan" in the chat, and the notices a sync's new items send to subscribers.</summary>
internal static class SubscriptionSetup
{
    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddScoped<ISubscriptions, SubscriptionStore>();
        services.AddScoped<ITurnInterceptor, SubscriptionInterceptor>();
        services.AddSingleton<INewReleaseListener, NewReleaseNotifier>();
        return services;
    }
}
