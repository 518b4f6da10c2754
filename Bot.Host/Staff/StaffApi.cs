using Bot.Host.Queue;
using Bot.Host.Staff.Accounts;
using Bot.Host.Understanding;

namespace Bot.Host.Staff;

/// <summary>
/// Every staff JSON endpoint in one group under /api/staff with one policy: the console's cookie
/// or the bearer key. Its OpenAPI document is /api/staff/openapi/staff.json (same policy).
/// </summary>
internal static class StaffApi
{
    public const string DocumentName = "staff";

    public static IServiceCollection AddStaffApi(this IServiceCollection services)
    {
        services.AddStaffAccounts();
        services.AddOpenApi(DocumentName, o => o.ShouldInclude = description => description.GroupName == DocumentName);
        return services;
    }

    public static WebApplication MapStaffApi(this WebApplication app)
    {
        var staff = app.MapGroup("/api/staff").RequireAuthorization(StaffAuthSetup.ApiPolicy).WithGroupName(DocumentName);
        staff.MapStaffGuestBook();
        staff.MapStaffReports();
        staff.MapUnansweredReport();
        staff.MapStaffTickets();
        staff.MapStaffQueue();
        staff.MapServiceTimeReport();
        app.MapOpenApi("/api/staff/openapi/{documentName}.json").RequireAuthorization(StaffAuthSetup.ApiPolicy);
        return app;
    }
}
