using Bot.Dialogs.Model;
using Bot.Host.Channels.WebChat;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Retention;

/// <summary>
/// Keeps messages no longer than Retention:MessageDays: deletes stored inbound messages, replies
/// and the files users sent once they are that old, and web chat sessions that have expired.
/// Counts and statistics (guest book, ratings, downloads, tickets) are other tables and stay.
/// Messages still waiting to be handled or delivered are left for their turn.
/// </summary>
internal sealed partial class RetentionService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<RetentionOptions> options,
    ILogger<RetentionService> logger) : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(options.Value.CheckMinutes);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }

            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    /// <summary>Deletes what is due now; returns the number of messages deleted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.MessageDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<WriteGate>();
        var files = scope.ServiceProvider.GetService<InboundMediaFiles>();
        var deleted = 0;

        while (true)
        {
            // Read through EF (payloads opened) to find the files the messages refer to.
            var rows = await db.Inbox.AsNoTracking()
                .Where(m => m.ReceivedAt < cutoff && m.Status != InboxStatus.Pending)
                .OrderBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                break;
            }

            foreach (var attachment in rows.SelectMany(r => MessageJson.Deserialize<Inbound>(r.Payload).Attachments).Where(a => a.StoredId.Length > 0))
            {
                files?.Delete(attachment.StoredId);
            }

            var ids = rows.Select(r => r.Id).ToList();
            deleted += await gate.RunAsync(() => db.Inbox.Where(m => ids.Contains(m.Id)).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        }

        // A staff-group post stays referenced by its ticket entry (the FK is set to null).
        deleted += await gate.RunAsync(() => db.Outbox.Where(m => m.CreatedAt < cutoff && m.Status != OutboxStatus.Pending).ExecuteDeleteAsync(cancellationToken), cancellationToken);
        await scope.ServiceProvider.GetRequiredService<WebChatSessions>().DeleteExpiredAsync(cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(logger, deleted, options.Value.MessageDays);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} messages older than {Days} days.")]
    private static partial void LogDeleted(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention run failed; it runs again at the next check.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
