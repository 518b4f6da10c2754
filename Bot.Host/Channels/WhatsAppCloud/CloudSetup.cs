using Bot.Host.Channels.WhatsApp;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>WhatsApp through Meta's Cloud API: on when `MetaWhatsApp:AccessToken` is set.</summary>
public static class CloudSetup
{
    public const string WebhookPath = "/webhooks/whatsapp-cloud";

    public static IServiceCollection AddWhatsAppCloud(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CloudOptions>().BindConfiguration(CloudOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CloudOptions>, CloudOptionsValidator>();
        services.TryAddSingleton<InboundMediaFiles>();
        if (!CloudOptions.IsEnabled(configuration))
        {
            return services;
        }

        services.AddHttpClient(GraphApi.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(100))
            .AddHttpMessageHandler(() => new SlotBlockingHandler());
        services.AddSingleton<GraphApi>();
        services.AddSingleton<CloudSignature>();
        services.AddSingleton<CloudMediaFetcher>();
        services.AddSingleton<CloudFailures>();
        services.AddSingleton<CloudSender>();
        services.AddWhatsAppProviders();
        return services;
    }

    /// <summary>One sender for the "whatsapp" channel, routing by provider; added once by either provider's setup.</summary>
    internal static IServiceCollection AddWhatsAppProviders(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, WhatsAppProviders>());
        return services;
    }

    public static IEndpointRouteBuilder MapWhatsAppCloud(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<CloudOptions>>().Value.Enabled)
        {
            return app;
        }

        app.MapGet(WebhookPath, CloudWebhook.Verify);
        app.MapPost(WebhookPath, CloudWebhook.ReceiveAsync)
            .WithMetadata(new RequestSizeLimitAttribute(CloudWebhook.MaxBodyBytes))
            .DisableAntiforgery();
        return app;
    }
}
