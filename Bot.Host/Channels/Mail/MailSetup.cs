using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;

namespace Bot.Host.Channels.Mail;

internal static class MailSetup
{
    /// <summary>The mail channel: SMTP when `Mail:Smtp:Host` is set, .eml files in {DataDir}/mail otherwise.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IChannelSender, MailChannelSender>();
        return services;
    }
}
