namespace Bot.Host.Health;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (HealthState state) => state.IsHealthy
            ? Results.Ok(new { status = "ok" })
            : Results.Json(new { status = "starting", storage = state.StorageReady, worker = state.WorkerRunning, sender = state.SenderRunning }, statusCode: 503));
        return app;
    }
}
