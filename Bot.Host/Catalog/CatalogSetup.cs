namespace Bot.Host.Catalog;

/// <summary>Catalogue services and the public search API: owned by the catalogue work (issue 6).</summary>
internal static class CatalogSetup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app) => app;
}
