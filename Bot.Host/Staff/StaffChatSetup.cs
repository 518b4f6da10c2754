using Bot.Host.Messaging;

namespace Bot.Host.Staff;

internal static class StaffChatSetup
{
    /// <summary>
    /// The staff group's handler: the chat surface over the ticket desk (and the queue's
    /// commands). It is registered here, not with the tickets, so the ticket domain does not
    /// depend on the staff side.
    /// </summary>
    public static IServiceCollection AddStaffChat(this IServiceCollection services)
    {
        services.AddScoped<IStaffTurnHandler, StaffTurnHandler>();
        return services;
    }
}
