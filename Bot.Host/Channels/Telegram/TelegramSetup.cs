using Bot.Host.Messaging.Outbox;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

/// <summary>The Telegram channel: webhook or long polling in, rate-limited sends out.</summary>
internal static class TelegramSetup
{
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        // The request URL carries the bot token, so the factory's request logging stays off.
        services.AddHttpClient(TelegramApi.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(90)).RemoveAllLoggers()
            .AddHttpMessageHandler(() => new SlotBlockingHandler());
        services.AddSingleton<TelegramApi>();
        services.AddSingleton<TelegramPacer>();
        services.AddSingleton<TelegramCallbackAnswerer>();
        services.AddSingleton<TelegramDelivery>();
        services.AddScoped<TelegramUpdateIntake>();
        services.AddSingleton<IChannelSender, TelegramSender>();
        services.AddSingleton<IChannelSender, TelegramStaffSender>();
        services.AddHostedService<TelegramPollingService>();
        services.AddHostedService<TelegramBotSetup>();
        return services;
    }

    public static IEndpointRouteBuilder MapTelegram(this IEndpointRouteBuilder app)
    {
        // Mapped in every mode; outside Webhook mode it answers 404, as if it were not there.
        app.MapPost(TelegramWebhookEndpoint.Path, TelegramWebhookEndpoint.HandleAsync)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        return app;
    }
}
