namespace Bot.Host.Queue;

/// <summary>
/// The board's and the kiosk's files, served from the build output's wwwroot by explicit routes:
/// they work whether or not the web chat page (static files) is enabled, and no CDN is involved.
/// </summary>
internal static class QueuePages
{
    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "wwwroot", file);

    public static void MapPage(IEndpointRouteBuilder app, string route, string file) =>
        app.MapGet(route, () => Results.File(PathOf(file), "text/html; charset=utf-8"));

    public static void MapAsset(IEndpointRouteBuilder app, string route, string contentType) =>
        app.MapGet(route, () => Results.File(PathOf(route.TrimStart('/')), contentType));
}
