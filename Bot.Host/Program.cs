using Bot.Host.Catalog;
using Bot.Host.Cli;

if (args is ["catalog", "stamp", ..])
{
    return await StampCommand.RunAsync(args[2..], Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(args);
if (args is ["catalog", ..])
{
    return await CatalogCommand.RunAsync(args[1..], builder.Configuration, Console.Out, Console.Error, CancellationToken.None);
}

builder.Services.AddCatalog(builder.Configuration);
var app = builder.Build();
app.MapCatalogApi();
app.Run();
return 0;

public partial class Program;
