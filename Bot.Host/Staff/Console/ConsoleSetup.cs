using Bot.Host.Queue;
using Bot.Host.Staff.Accounts;

namespace Bot.Host.Staff.Console;

/// <summary>
/// The staff console at /staff: its pages (officers and supervisors, cookie only; Katalog for
/// supervisors), its forms (antiforgery on every one: they bind the form) and its own assets,
/// served by explicit routes so nothing depends on the web chat's static files or a CDN.
/// </summary>
internal static class ConsoleSetup
{
    public static WebApplication MapStaffConsole(this WebApplication app)
    {
        QueuePages.MapAsset(app, "/staff/assets/console.css", "text/css; charset=utf-8");
        QueuePages.MapAsset(app, "/staff/assets/console.js", "text/javascript; charset=utf-8");
        QueuePages.MapAsset(app, "/staff/vendor/chartjs/chart.umd.min.js", "text/javascript; charset=utf-8");
        QueuePages.MapAsset(app, "/staff/vendor/chartjs/LICENSE.md", "text/plain; charset=utf-8");
        SignInPages.Map(app);

        var pages = app.MapGroup("/staff").RequireAuthorization(StaffAuthSetup.ConsolePolicy).ExcludeFromDescription();
        pages.MapGet("", HomePage.ShowAsync);
        pages.MapGet("/antrean", QueuePage.Show);
        pages.MapPost("/antrean/panggil", QueuePage.CallAsync);
        pages.MapPost("/antrean/{number}/{action}", QueuePage.ActAsync);
        pages.MapGet("/tiket", TicketPages.ListAsync);
        pages.MapGet("/tiket/{number}", TicketPages.ShowAsync);
        pages.MapPost("/tiket/{number}/{action}", TicketPages.ActAsync);
        pages.MapGet("/bukutamu", GuestBookPage.ShowAsync);
        pages.MapGet("/bukutamu.csv", GuestBookPage.CsvAsync);
        pages.MapGet("/laporan", ReportPage.Show);

        var supervisor = pages.MapGroup("/katalog").RequireAuthorization(StaffAuthSetup.SupervisorPolicy);
        supervisor.MapGet("", CatalogPage.Show);
        supervisor.MapPost("/unggah", CatalogPage.UploadAsync);
        supervisor.MapPost("/sinkron", CatalogPage.SyncAsync);
        supervisor.MapPost("/hapus", CatalogPage.Remove);
        return app;
    }
}
