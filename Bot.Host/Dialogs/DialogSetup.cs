using Bot.Dialogs.Account;
using Bot.Dialogs.Complaint;
using Bot.Dialogs.Content;
using Bot.Dialogs.GuestBook;
using Bot.Dialogs.Info;
using Bot.Dialogs.Publications;
using Bot.Dialogs.Queue;
using Bot.Dialogs.Rating;
using Bot.Dialogs.Registration;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Search;
using Bot.Dialogs.Staff;
using Bot.Host.Configuration;
using Bot.Host.Retention;
using Microsoft.Extensions.Options;

namespace Bot.Host.Dialogs;

/// <summary>The router, the office's content, and every dialog (one line each).</summary>
internal static class DialogSetup
{
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(ConversationOptions.Section).Get<ConversationOptions>() ?? new ConversationOptions();
        var content = string.IsNullOrWhiteSpace(options.ServiceInfoPath) ? ServiceContent.LoadDefault() : ServiceContent.Load(options.ServiceInfoPath);
        services.AddSingleton(content);
        services.AddSingleton(new TopicMatcher(content));
        services.AddSingleton(new RouterOptions { IdleTimeout = TimeSpan.FromMinutes(options.IdleMinutes) });
        services.AddScoped<Router>();

        // The privacy texts quote the retention the host applies (Retention:MessageDays).
        services.AddSingleton(sp => new PrivacyNotice(sp.GetRequiredService<IOptions<RetentionOptions>>().Value.MessageDays));

        // Keyed by the name each dialog is started by (DialogNames), and built only when a turn
        // needs it (ScopedDialogs).
        services.AddScoped<IDialogs, ScopedDialogs>();
        services.AddKeyedScoped<IDialog, InfoDialog>(DialogNames.Info);
        services.AddKeyedScoped<IDialog, RegisterDialog>(DialogNames.Register);
        services.AddKeyedScoped<IDialog, AccountDialog>(DialogNames.Account);
        services.AddKeyedScoped<IDialog, GuestBookDialog>(DialogNames.GuestBook);
        services.AddKeyedScoped<IDialog, SearchDialog>(DialogNames.Search);
        services.AddKeyedScoped<IDialog, PublicationDialog>(DialogNames.Publication);
        services.AddKeyedScoped<IDialog, RatingDialog>(DialogNames.Rating);
        services.AddKeyedScoped<IDialog, ComplaintDialog>(DialogNames.Complaint);
        services.AddKeyedScoped<IDialog, StaffDialog>(DialogNames.Staff);
        services.AddKeyedScoped<IDialog, QueueDialog>(DialogNames.Queue);
        services.AddScoped<ITurnInterceptor, HandoffInterceptor>();
        return services;
    }
}
