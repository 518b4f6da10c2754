using Bot.Host.Channels.WhatsAppCloud;
using Bot.Host.Media;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WhatsApp;

/// <summary>The WhatsApp channel (Twilio): on when `Twilio:AccountSid` and `Twilio:AuthToken` are set.</summary>
public static class WhatsAppSetup
{
    public const string WebhookPath = "/webhooks/whatsapp";

    public const string StatusPath = "/webhooks/whatsapp/status";

    private const int MaxFormBytes = 64 * 1024;

    public static IServiceCollection AddWhatsApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>();
        services.AddSingleton<InboundMediaFiles>();
        if (!TwilioOptions.IsEnabled(configuration))
        {
            return services;
        }

        services.AddHttpClient(TwilioGateway.HttpClientName)
            .AddHttpMessageHandler(sp => new TwilioApiBaseHandler(new Uri(sp.GetRequiredService<IOptions<TwilioOptions>>().Value.ApiBaseUrl)))
            .AddHttpMessageHandler(() => new SlotBlockingHandler());
        services.AddHttpClient(InboundMediaFetcher.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<TwilioGateway>();
        services.AddSingleton<TwilioSignature>();
        services.AddSingleton<InboundMediaFetcher>();
        services.AddSingleton<WhatsAppSender>();
        services.AddWhatsAppProviders();
        return services;
    }

    /// <summary>Maps the webhooks when the channel is on, and the signed media links always.</summary>
    public static IEndpointRouteBuilder MapWhatsApp(this IEndpointRouteBuilder app)
    {
        app.MapMedia();
        if (!app.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value.Enabled)
        {
            return app;
        }

        var limit = new RequestSizeLimitAttribute(MaxFormBytes);
        app.MapPost(WebhookPath, WhatsAppWebhook.InboundAsync).WithMetadata(limit).DisableAntiforgery();
        app.MapPost(StatusPath, WhatsAppWebhook.StatusAsync).WithMetadata(limit).DisableAntiforgery();
        return app;
    }
}
