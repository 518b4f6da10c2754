using Bot.Dialogs.Ports;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tickets;

internal static class TicketsSetup
{
    /// <summary>The ticket desk, ticket actions, office hours and the escalation check (the staff group's handler is the staff side's: <c>AddStaffChat</c>).</summary>
    public static IServiceCollection AddTickets(this IServiceCollection services)
    {
        services.AddOptions<StaffDeskOptions>()
            .BindConfiguration(StaffDeskOptions.Section)
            .Configure<IConfiguration>((o, configuration) =>
            {
                o.StaffChatId = configuration["Telegram:StaffChatId"] is { Length: > 0 } chat ? chat : null;

                // Operators write one variable (Staff__Emails="a@…,b@…", as StaffNotices reads
                // it) or a list (Staff__Emails__0); both count.
                var listed = (configuration[$"{StaffDeskOptions.Section}:Emails"] ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                o.Emails = [.. o.Emails.Select(e => e.Trim()).Concat(listed).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
                var ids = (configuration[$"{StaffDeskOptions.Section}:TelegramUserIds"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                o.TelegramUserIds = [.. o.TelegramUserIds.Select(e => e.Trim()).Concat(ids).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal)];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffDeskOptions>, StaffDeskOptionsValidator>();
        services.AddSingleton(sp => new OfficeHours(sp.GetRequiredService<IOptions<StaffDeskOptions>>().Value.OfficeHours));
        services.AddScoped<TicketPoster>();
        services.AddScoped<UserConversations>();
        services.AddScoped<TicketActions>();
        services.AddScoped<ITicketDesk, TicketDesk>();
        services.AddScoped<Escalator>();
        services.AddHostedService<EscalationService>();
        return services;
    }
}
