using System.Collections.Concurrent;
using Bot.Host.Configuration;
using Bot.Host.Health;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging;

/// <summary>
/// Takes inbox rows and runs their turns: one conversation strictly in order, different
/// conversations in parallel. A lease on the conversation row keeps a conversation on one
/// node at a time when several share a database; it expires if that node dies.
/// </summary>
public sealed partial class ConversationWorker(
    IServiceScopeFactory scopes,
    WorkSignals signals,
    TurnCompletions completions,
    NodeIdentity node,
    IOptions<WorkerOptions> options,
    HealthState health,
    TimeProvider clock,
    ILogger<ConversationWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task<bool>> _running = new();
    private readonly WorkerOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            health.WorkersDisabled = true;
            return;
        }

        health.WorkerRunning = true;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await DispatchAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogLoopFailed(logger, e);
                }

                await signals.Inbox.WaitAsync(TimeSpan.FromMilliseconds(_options.PollIntervalMs), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            health.WorkerRunning = false;
        }

        // Let the turns in flight finish (their own token is not the stopping one) before exit.
        await Task.WhenAll(_running.Values);
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        var free = _options.MaxParallelConversations - _running.Count;
        if (free <= 0)
        {
            return;
        }

        List<string> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var busy = _running.Keys.ToList();
            pending = await db.Inbox.AsNoTracking()
                .Where(m => m.Status == InboxStatus.Pending && !busy.Contains(m.ConversationId))
                .GroupBy(m => m.ConversationId)
                .OrderBy(g => g.Min(m => m.Id))
                .Select(g => g.Key)
                .Take(free)
                .ToListAsync(stoppingToken);
        }

        foreach (var conversationId in pending)
        {
            var task = Task.Run(() => RunConversationAsync(conversationId, stoppingToken), CancellationToken.None);
            if (!_running.TryAdd(conversationId, task))
            {
                continue;
            }

            _ = task.ContinueWith(t =>
            {
                _running.TryRemove(conversationId, out Task<bool>? _);
                // More may have arrived for it, or a slot freed up for another conversation. A
                // conversation leased by another node is left to the next poll, not spun on.
                if (t.Result)
                {
                    signals.Inbox.Set();
                }
            }, TaskScheduler.Default);
        }
    }

    /// <summary>Runs the conversation's pending turns; false when another node holds it.</summary>
    private async Task<bool> RunConversationAsync(string conversationId, CancellationToken stoppingToken)
    {
        if (!await TryLeaseAsync(conversationId, stoppingToken))
        {
            return false;
        }

        try
        {
            // A turn already started finishes even during shutdown, so its effects commit once.
            while (!stoppingToken.IsCancellationRequested)
            {
                var processed = await RunOneTurnAsync(conversationId);
                if (processed is null)
                {
                    break;
                }

                completions.Complete(processed.Value);
                signals.Outbox.Set();
                if (!await TryLeaseAsync(conversationId, stoppingToken))
                {
                    break;
                }
            }
        }
        finally
        {
            await ReleaseLeaseAsync(conversationId);
        }

        return true;
    }

    /// <summary>Runs one turn; on failure records the attempt. Returns the inbox id completed, if any.</summary>
    private async Task<long?> RunOneTurnAsync(string conversationId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TurnProcessor>().ProcessNextAsync(conversationId, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogTurnFailed(logger, conversationId, e);
            await using var scope = scopes.CreateAsyncScope();
            var finished = await scope.ServiceProvider.GetRequiredService<TurnProcessor>()
                .RecordFailureAsync(conversationId, $"{e.GetType().Name}: {e.Message}", _options.MaxTurnAttempts, CancellationToken.None);
            if (finished is null)
            {
                // Not given up yet: stop this round and let the next poll retry after a pause.
                return null;
            }

            return finished;
        }
    }

    private async Task<bool> TryLeaseAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = clock.GetUtcNow();
        var until = now.AddSeconds(_options.LeaseSeconds);
        var me = node.Id;
        var claimed = await db.Conversations
            .Where(c => c.Id == conversationId && (c.LeaseOwner == null || c.LeaseOwner == me || c.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, me).SetProperty(c => c.LeaseUntil, until), cancellationToken);
        return claimed == 1;
    }

    private async Task ReleaseLeaseAsync(string conversationId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var me = node.Id;
            await db.Conversations
                .Where(c => c.Id == conversationId && c.LeaseOwner == me)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, (string?)null).SetProperty(c => c.LeaseUntil, (DateTimeOffset?)null));
        }
        catch (Exception e)
        {
            // The lease expires by itself; another node may take over after it.
            LogLeaseReleaseFailed(logger, conversationId, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The conversation worker loop failed; it will retry.")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn of conversation {ConversationId} failed.")]
    private static partial void LogTurnFailed(ILogger logger, string conversationId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing the lease of conversation {ConversationId} failed.")]
    private static partial void LogLeaseReleaseFailed(ILogger logger, string conversationId, Exception exception);
}
