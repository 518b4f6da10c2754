using System.Text.Json;
using Bot.Dialogs.Content;
using Microsoft.Extensions.Options;

namespace Bot.Host.Queue;

/// <summary>
/// The public waiting-room board: /board (the page), GET /api/board (JSON) and
/// GET /api/board/events (Server-Sent Events: a "board" event with the same JSON at once and at
/// every change). No key: it shows only numbers and counters.
/// </summary>
internal static class BoardApi
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapBoard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/board", async (QueueBook book, ServiceContent content, CancellationToken cancellationToken) =>
            Results.Json(await BoardSnapshot.ReadAsync(book, content, cancellationToken), s_json));
        app.MapGet("/api/board/events", StreamAsync);
        QueuePages.MapPage(app, "/board", "board.html");
        QueuePages.MapAsset(app, "/board.js", "text/javascript; charset=utf-8");
        QueuePages.MapAsset(app, "/board.css", "text/css; charset=utf-8");
        return app;
    }

    private static async Task StreamAsync(HttpContext http, IServiceScopeFactory scopes, BoardSignal signal, IOptions<QueueOptions> options, TimeProvider clock)
    {
        var cancellationToken = http.RequestAborted;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        var refresh = TimeSpan.FromSeconds(options.Value.BoardRefreshSeconds);
        string? last = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // Taken before reading, so a change during the read wakes the next wait.
                var changed = signal.NextChange;
                string json;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var snapshot = await BoardSnapshot.ReadAsync(scope.ServiceProvider.GetRequiredService<QueueBook>(), scope.ServiceProvider.GetRequiredService<ServiceContent>(), cancellationToken);
                    json = JsonSerializer.Serialize(snapshot, s_json);
                }

                await http.Response.WriteAsync(json == last ? ": unchanged\n\n" : $"event: board\ndata: {json}\n\n", cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
                last = json;
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                await Task.WhenAny(changed, Task.Delay(refresh, clock, wait.Token));
                await wait.CancelAsync();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The board closed or the host stops.
        }
    }
}
