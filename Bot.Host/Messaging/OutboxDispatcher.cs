using Bot.Host.Configuration;
using Bot.Host.Health;
using Bot.Host.Metrics;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging;

/// <summary>
/// Delivers pending outbox rows through their channel's sender: each conversation's rows in
/// order, conversations in parallel, with retries and backoff. Rows are leased before sending
/// so that with several nodes each row is sent by one of them.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IChannelSender> senders,
    WorkSignals signals,
    NodeIdentity node,
    IOptions<WorkerOptions> options,
    HealthState health,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private const int MaxParallelSends = 32;
    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
    private readonly WorkerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            health.WorkersDisabled = true;
            return;
        }

        health.SenderRunning = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var worked = false;
                try
                {
                    worked = await DeliverBatchAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogLoopFailed(logger, e);
                }

                if (!worked)
                {
                    await signals.Outbox.WaitAsync(TimeSpan.FromMilliseconds(_options.PollIntervalMs), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; unsent rows stay pending for the next start.
        }
        finally
        {
            health.SenderRunning = false;
        }
    }

    /// <summary>One pass over pending rows; true when something was sent (look again at once).</summary>
    private async Task<bool> DeliverBatchAsync(CancellationToken cancellationToken)
    {
        List<OutboxMessage> batch;
        var now = clock.GetUtcNow();
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            batch = await db.Outbox.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending)
                .OrderBy(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        // A row waiting for its retry time holds back the rows after it in the same conversation.
        var ready = batch
            .GroupBy(m => m.ConversationId)
            .Select(g => g.OrderBy(m => m.Seq).ThenBy(m => m.Id).TakeWhile(m => m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now)).ToList())
            .Where(g => g.Count > 0)
            .ToList();
        if (ready.Count == 0)
        {
            return false;
        }

        var sent = 0;
        await Parallel.ForEachAsync(ready, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelSends, CancellationToken = cancellationToken }, async (rows, ct) =>
        {
            foreach (var row in rows)
            {
                if (!await DeliverAsync(row, ct))
                {
                    break;
                }

                Interlocked.Increment(ref sent);
            }
        });
        return sent > 0;
    }

    /// <summary>Leases, sends and records one row; false when the conversation must wait.</summary>
    private async Task<bool> DeliverAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = clock.GetUtcNow();
        var me = node.Id;
        var leaseUntil = now.AddSeconds(_options.LeaseSeconds);
        var gate = scope.ServiceProvider.GetRequiredService<WriteGate>();
        var leased = await gate.RunAsync(() => db.Outbox
            .Where(m => m.Id == row.Id && m.Status == OutboxStatus.Pending && (m.LeaseOwner == null || m.LeaseOwner == me || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, me).SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken), cancellationToken);
        if (leased == 0)
        {
            return false;
        }

        SendResult result;
        if (!_senders.TryGetValue(row.Channel, out var sender))
        {
            result = SendResult.Failed($"The {row.Channel} channel is not configured on this host.");
        }
        else
        {
            try
            {
                result = await sender.SendAsync(row, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogSendThrew(logger, row.Id, row.Channel, e);
                result = SendResult.Retry($"{e.GetType().Name}: {e.Message}");
            }
        }

        await gate.RunAsync(() => RecordAsync(db, row, result), CancellationToken.None);
        return result.Status == SendStatus.Sent;
    }

    private async Task RecordAsync(BotDbContext db, OutboxMessage row, SendResult result)
    {
        var now = clock.GetUtcNow();
        var attempts = row.Attempts + 1;
        var error = result.Error is { Length: > 2000 } e ? e[..2000] : result.Error;
        var status = result.Status switch
        {
            SendStatus.Sent => OutboxStatus.Sent,
            SendStatus.Held => OutboxStatus.Held,
            SendStatus.Failed => OutboxStatus.Failed,
            _ when attempts >= _options.MaxSendAttempts => OutboxStatus.Failed,
            _ => OutboxStatus.Pending,
        };
        var next = now + (result.RetryAfter ?? Backoff(attempts));
        MessagingMetrics.OutboxSends.WithLabels(row.Channel, result.Status.ToString().ToLowerInvariant()).Inc();
        if (status == OutboxStatus.Failed)
        {
            LogSendFailed(logger, row.Id, row.Channel, error ?? "");
        }

        // Recorded outside the caller's token: a send that happened must be marked, even at shutdown.
        await db.Outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.Error, error)
            .SetProperty(m => m.ExternalId, result.ExternalId ?? row.ExternalId)
            .SetProperty(m => m.SentAt, status == OutboxStatus.Sent ? now : row.SentAt)
            .SetProperty(m => m.NextAttemptAt, next)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null));
    }

    /// <summary>1 s, 2 s, 4 s … capped at 5 minutes.</summary>
    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Max(0, attempts - 1))));

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox loop failed; it will retry.")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox row {OutboxId} on {Channel} threw.")]
    private static partial void LogSendThrew(ILogger logger, long outboxId, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} on {Channel} failed for good: {Error}")]
    private static partial void LogSendFailed(ILogger logger, long outboxId, string channel, string error);
}
