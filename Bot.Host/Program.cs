using Bot.Host.Catalog;
using Bot.Host.Channels.Mail;
using Bot.Host.Channels.Telegram;
using Bot.Host.Channels.WebChat;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Channels.WhatsAppCloud;
using Bot.Host.Cli;
using Bot.Host.Dialogs;
using Bot.Host.Documents;
using Bot.Host.Health;
using Bot.Host.Limits;
using Bot.Host.Messaging;
using Bot.Host.Metrics;
using Bot.Host.Privacy;
using Bot.Host.Queue;
using Bot.Host.Ratings;
using Bot.Host.Retention;
using Bot.Host.Staff;
using Bot.Host.Staff.Accounts;
using Bot.Host.Staff.Console;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Bot.Host.Understanding;
using Bot.Host.Users;
using Bot.Host.Web;

if (args is ["catalog", "stamp", ..])
{
    return await StampCommand.RunAsync(args[2..], Console.Out, Console.Error, CancellationToken.None);
}

if (args is ["understanding", "train", ..])
{
    return TrainModelCommand.Run(args[2..], Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
if (args is ["catalog", ..])
{
    return await CatalogCommand.RunAsync(args[1..], builder.Configuration, Console.Out, Console.Error, CancellationToken.None);
}

builder.UseDefaultUrl("http://localhost:5080");
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddPrivacy(builder.Configuration);
builder.Services.AddMessaging();
builder.Services.AddLimits();
builder.Services.AddAbuseLimits(builder.Configuration);
builder.Services.AddBotMetrics();
builder.Services.AddDialogs(builder.Configuration);
builder.Services.AddUnderstanding(builder.Configuration);
builder.Services.AddWebChat();
builder.Services.AddTelegram(builder.Configuration);
builder.Services.AddWhatsApp(builder.Configuration);
builder.Services.AddWhatsAppCloud(builder.Configuration);
builder.Services.AddCatalog(builder.Configuration);
builder.Services.AddDocuments();
builder.Services.AddRatings();
builder.Services.AddTickets();
builder.Services.AddStaffChat();
builder.Services.AddProblemDetails();
builder.Services.AddUsers();
builder.Services.AddMail();
builder.Services.AddStaffApi();
builder.Services.AddRetention();
builder.Services.AddQueue();

if (args is ["staff", ..])
{
    // A command's output is its answer: the host's information logs (EF's SQL, startup) stay out of it.
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

var app = builder.Build();
if (args is ["staff", ..])
{
    await app.Services.MigrateDatabaseAsync(CancellationToken.None);
    return await StaffCommand.RunAsync(args[1..], app.Services, Console.In, Console.Out, Console.Error, CancellationToken.None);
}

app.UseAbuseLimits();
app.UseSecurityHeaders();
app.UseStatusCodePages();
app.UseRequestLimits();
app.UseEndpointRateLimits();
app.UseWebChatPage();
app.UseStaffAccounts();
app.MapHealth();
app.MapBotMetrics();
app.MapWebChat();
app.MapTelegram();
app.MapWhatsApp();
app.MapWhatsAppCloud();
app.MapCatalogApi();
app.MapDocuments();
app.MapStaffApi();
app.MapStaffConsole();
app.MapQueue();

await app.Services.MigrateDatabaseAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

public partial class Program;
