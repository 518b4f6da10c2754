using Bot.Catalog.Search;
using Bot.Host.Subscriptions;

namespace Bot.Host.Catalog;

/// <summary>Catalogue services and the public search API.</summary>
internal static class CatalogSetup
{
    /// <summary>Configuration key of the data folder (index at {DataDir}/catalog/index).</summary>
    public const string DataDirKey = "DataDir";

    /// <summary>Set to false to skip loading the demo catalogue into an empty index.</summary>
    public const string LoadDemoKey = "Catalog:LoadDemo";

    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => CatalogService.Open(sp.GetRequiredService<Configuration.DataDirectory>().Path));
        services.AddSingleton<Bot.Dialogs.Ports.ICatalog, CatalogPort>();
        services.AddBpsWebApi();
        services.AddSingleton<BpsSyncRunner>();
        services.AddSubscriptions();
        if (!string.IsNullOrWhiteSpace(configuration[$"{BpsSyncOptions.Section}:ApiKey"]))
        {
            // The office's real catalogue; the demo is only the fallback for a service without a key.
            services.AddHostedService<BpsSyncService>();
        }
        else if (configuration.GetValue(LoadDemoKey, true))
        {
            services.AddHostedService<CatalogDemoLoader>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/catalog/search", CatalogSearchEndpoint.Handle).RequireRateLimiting(Limits.AbuseLimits.Search);
        return app;
    }

    /// <summary>The configured data folder, "./data" by default.</summary>
    public static string DataDir(IConfiguration configuration) =>
        Configuration.DataDirectory.From(configuration).Path;
}
