using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Prometheus;

namespace Bot.Host.Metrics;

/// <summary>`GET /metrics` in Prometheus text format.</summary>
internal static class MetricsEndpoints
{
    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        // Process metrics (memory, CPU) are useful; the .NET event-counter and meter bridges
        // cost CPU on every node for figures nobody here reads.
        Prometheus.Metrics.SuppressDefaultMetrics(new SuppressDefaultMetricOptions { SuppressEventCounters = true, SuppressMeters = true });
        return services;
    }

    /// <summary>
    /// Backlogs and rates say how busy the office is: behind `Authorization: Bearer {Metrics:ApiKey}`
    /// unless Metrics:Public=true (e.g. a scraper on a private network). With neither, 404.
    /// </summary>
    public static IEndpointRouteBuilder MapBotMetrics(this IEndpointRouteBuilder app)
    {
        var configuration = app.ServiceProvider.GetRequiredService<IConfiguration>();
        var publicSetting = configuration["Metrics:Public"];
        if (!string.IsNullOrWhiteSpace(publicSetting) && !bool.TryParse(publicSetting, out _))
        {
            throw new InvalidOperationException($"Metrics:Public must be true or false; it is '{publicSetting}'.");
        }

        var isPublic = bool.TryParse(publicSetting, out var declared) && declared;
        var key = configuration["Metrics:ApiKey"]?.Trim();
        if (!isPublic && !string.IsNullOrEmpty(key) && key.Length < Staff.StaffApiKeyOptions.MinimumLength)
        {
            throw new InvalidOperationException($"Metrics:ApiKey is too short: use at least {Staff.StaffApiKeyOptions.MinimumLength} random characters (e.g. `openssl rand -hex 24`), or set Metrics:Public=true.");
        }

        var endpoint = app.MapGet("/metrics", ExportAsync);
        if (!isPublic)
        {
            endpoint.AddEndpointFilter(async (context, next) =>
            {
                if (string.IsNullOrEmpty(key))
                {
                    return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Metrics disabled", detail: "Set Metrics:ApiKey (a bearer key for the scraper) or Metrics:Public=true.");
                }

                var header = context.HttpContext.Request.Headers.Authorization.ToString();
                var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : "";
                if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                    System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(presented)),
                    System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))))
                {
                    context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                    return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Metrics key required", detail: "Send `Authorization: Bearer <Metrics:ApiKey>`.");
                }

                return await next(context);
            });
        }

        return app;
    }

    private static async Task ExportAsync(HttpContext context, BotDbContext db, OutboxJournal journal, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Sends journaled but not yet applied would count as waiting.
        await journal.FlushAsync(cancellationToken: cancellationToken);
        // Backlogs are read from storage at scrape time: they are shared by all nodes, and a
        // counter kept in memory would be wrong after a restart.
        await ReadBacklogAsync(db, clock, cancellationToken);
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await Prometheus.Metrics.DefaultRegistry.CollectAndExportAsTextAsync(context.Response.Body, cancellationToken);
    }

    private static async Task ReadBacklogAsync(BotDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var pending = db.Inbox.AsNoTracking().Where(m => m.Status == InboxStatus.Pending);
        MessagingMetrics.InboxBacklog.Set(await pending.CountAsync(cancellationToken));
        var oldest = await pending.OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        MessagingMetrics.InboxOldestAge.Set(oldest is { } at ? Math.Max(0, (clock.GetUtcNow() - at).TotalSeconds) : 0);

        var outbox = await db.Outbox.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending)
            .GroupBy(m => m.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var label in MessagingMetrics.OutboxBacklog.GetAllLabelValues())
        {
            if (outbox.All(o => o.Channel != label[0]))
            {
                MessagingMetrics.OutboxBacklog.WithLabels(label).Set(0);
            }
        }

        foreach (var row in outbox)
        {
            MessagingMetrics.OutboxBacklog.WithLabels(row.Channel).Set(row.Count);
        }
    }
}
