using System.Collections.Concurrent;
using System.Diagnostics;
using Bot.Host.Configuration;
using Bot.Host.Health;
using Bot.Host.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging.Worker;

/// <summary>
/// Takes inbox rows and runs their turns: one conversation strictly in order, different
/// conversations in parallel. A lease on the conversation row keeps a conversation on one
/// node at a time when several share a database; it expires if that node dies.
/// </summary>
public sealed partial class ConversationWorker(
    IServiceScopeFactory scopes,
    WorkSignals signals,
    TurnCompletions completions,
    IWorkStore store,
    IOptions<WorkerOptions> options,
    HealthState health,
    TimeProvider clock,
    ILogger<ConversationWorker> logger) : BackgroundService
{
    /// <summary>Runs of a turn that lost a write conflict before it counts as a failed attempt.</summary>
    private const int ConflictRetries = 5;

    /// <summary>Conversations one search of storage lists at most.</summary>
    private const int ScanLimit = 1000;

    private readonly ConcurrentDictionary<string, Task<bool>> _running = new();
    private readonly WorkerOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, byte> _recheck = new();
    private volatile bool _saturated;

    // Only the dispatch loop touches these: conversations named by new messages, not started yet.
    private readonly Queue<string> _hinted = new();
    private readonly HashSet<string> _hintedSet = new(StringComparer.Ordinal);

    // The first look after start (and every look on a timer) searches storage.
    private bool _scanNeeded = true;
    private long _lastScan;
    private readonly TimeSpan _grace = TimeSpan.FromMilliseconds(Math.Max(1000, 2 * options.Value.PollIntervalMs));

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
            await ReleaseStaleLeasesAsync(stoppingToken);

            // The first look takes everything: work left by a previous run.
            var signalled = true;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await DispatchAsync(signalled, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogLoopFailed(logger, e);
                }

                signalled = await signals.Inbox.WaitAsync(TimeSpan.FromMilliseconds(_options.PollIntervalMs), stoppingToken);
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

    /// <param name="signalled">Woken by this node's own news (a message stored here, a slot freed), not by the poll timer.</param>
    /// <param name="stoppingToken">Stops the host.</param>
    private async Task DispatchAsync(bool signalled, CancellationToken stoppingToken)
    {
        // A look at storage at least once per poll interval even while busy: it picks up a turn
        // that failed and waits for its retry.
        var scanDue = Environment.TickCount64 - _lastScan >= _options.PollIntervalMs || signals.Inbox.TakeScanRequest();
        if (signalled && !_scanNeeded && !scanDue)
        {
            // News of this process: every message it stored said which conversation it is for;
            // no need to search the inbox.
            StartHinted(stoppingToken);
            return;
        }

        // On a shared store the search leaves other nodes' fresh messages to them (below), so
        // this node's own news stays in its list; on SQLite the search sees everything.
        var shared = store.SharedByNodes;
        var firstLook = _lastScan == 0;
        _scanNeeded = false;
        _lastScan = Environment.TickCount64;
        if (!shared)
        {
            while (signals.InboxConversations.TryDequeue(out _))
            {
                // The scan below sees these messages too.
            }

            _hinted.Clear();
            _hintedSet.Clear();
        }

        // The conversations already running are skipped here rather than in storage: a list
        // parameter costs more than reading a few extra ids.
        var busy = _running.Keys.ToHashSet();
        // Affinity on a shared store: a node runs the messages it stored itself when told
        // to; what its poll finds (stored by other nodes) it takes only once it has waited a
        // moment, so nodes do not fight over the same fresh conversations but still take
        // over the work of a node that is down, busy or only takes webhooks.
        DateTimeOffset? settled = shared && !firstLook ? clock.GetUtcNow() - _grace : null;
        var found = await store.WaitingConversationsAsync(settled, ScanLimit, stoppingToken);
        // Every conversation found joins the queue of hinted ones, so a slot that frees up
        // takes the next from memory: while all slots are taken, searching storage again
        // each time one frees up would cost more than the turns. Only a full page means more
        // may wait beyond it.
        _scanNeeded = found.Count == ScanLimit;
        foreach (var id in found)
        {
            if (busy.Contains(id))
            {
                // A running conversation with a message its turn may not have seen: look
                // again when it finishes.
                _recheck[id] = 0;
            }
            else if (_hintedSet.Add(id))
            {
                _hinted.Enqueue(id);
            }
        }

        StartHinted(stoppingToken);
    }

    /// <summary>Starts the conversations named by new messages, in arrival order, as slots allow.</summary>
    private void StartHinted(CancellationToken stoppingToken)
    {
        while (signals.InboxConversations.TryDequeue(out var id))
        {
            if (_hintedSet.Add(id))
            {
                _hinted.Enqueue(id);
            }
        }

        while (_hinted.TryPeek(out var id))
        {
            if (_running.ContainsKey(id))
            {
                // Its running turn may have read the inbox before this message arrived.
                _recheck[id] = 0;
            }
            else if (_running.Count >= _options.MaxParallelConversations)
            {
                // The rest wait for a free slot (a finishing conversation signals).
                _saturated = true;
                return;
            }
            else
            {
                Start(id, stoppingToken);
            }

            _hinted.Dequeue();
            _hintedSet.Remove(id);
        }

        _saturated = false;
    }

    private void Start(string conversationId, CancellationToken stoppingToken)
    {
        var task = Task.Run(() => RunConversationAsync(conversationId, stoppingToken), CancellationToken.None);
        if (!_running.TryAdd(conversationId, task))
        {
            return;
        }

        _ = task.ContinueWith(t =>
        {
            _running.TryRemove(conversationId, out Task<bool>? _);
            // More may wait for it, or for a conversation that found no free slot. New
            // messages signal by themselves; a conversation leased by another node is left
            // to the next poll, not spun on.
            if (_recheck.TryRemove(conversationId, out _) | t.Result)
            {
                signals.MessageStored(conversationId);
            }
            else if (_saturated)
            {
                signals.Inbox.Set();
            }
        }, TaskScheduler.Default);
    }

    /// <summary>Runs the conversation's pending turns; true when it may have more work (look again now).</summary>
    private async Task<bool> RunConversationAsync(string conversationId, CancellationToken stoppingToken)
    {
        var holdsLease = false;
        try
        {
            // A turn already started finishes even during shutdown, so its effects commit once.
            while (true)
            {
                var started = Stopwatch.GetTimestamp();
                var result = await RunOneTurnAsync(conversationId);
                switch (result?.Status)
                {
                    case TurnStatus.Processed:
                        MessagingMetrics.TurnDuration.Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
                        MessagingMetrics.Turns.Inc();
                        // (Its replies were handed to the outbox dispatcher when the turn committed.)
                        completions.Complete(result.Value.InboxId);

                        holdsLease = result.Value.MorePending;
                        if (!result.Value.MorePending)
                        {
                            return false;
                        }

                        if (stoppingToken.IsCancellationRequested)
                        {
                            return false;
                        }

                        break;
                    case TurnStatus.NothingPending:
                        holdsLease = false;
                        return false;
                    case TurnStatus.LeasedElsewhere:
                        // Not spun on; but the other node may finish without seeing the message
                        // that brought us here, so look again (at everything) after a pause.
                        holdsLease = false;
                        _ = LookAgainLaterAsync(stoppingToken);
                        return false;
                    default:
                        // Failed and not given up yet: the next poll retries after a pause.
                        holdsLease = true;
                        return false;
                }
            }
        }
        finally
        {
            if (holdsLease)
            {
                await ReleaseLeaseAsync(conversationId);
            }
        }
    }

    private async Task LookAgainLaterAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(_options.PollIntervalMs, stoppingToken);
            signals.Inbox.Set();
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    /// <summary>Runs one turn; on failure records the attempt (null unless the message was set aside).</summary>
    private async Task<TurnResult?> RunOneTurnAsync(string conversationId)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<TurnProcessor>().RunNextAsync(conversationId, CancellationToken.None);
                }
                catch (DbUpdateException e) when (attempt < ConflictRetries)
                {
                    // Nothing of the turn was committed: another turn changed the same rows first
                    // (a staff reply to this conversation, the same day's next ticket number).
                    // Run it again on what is stored now; it is not the message's fault.
                    LogTurnConflict(logger, conversationId, attempt, e.GetType().Name);
                }
            }
        }
        catch (Exception e)
        {
            LogTurnFailed(logger, conversationId, e);
            MessagingMetrics.TurnFailures.Inc();
            await using var scope = scopes.CreateAsyncScope();
            var finished = await scope.ServiceProvider.GetRequiredService<TurnProcessor>()
                .RecordFailureAsync(conversationId, $"{e.GetType().Name}: {e.Message}", _options.MaxTurnAttempts, CancellationToken.None);
            return finished is { } id ? new TurnResult(TurnStatus.Processed, id, MorePending: true) : null;
        }
    }

    /// <summary>
    /// A store of one node: a lease found at start belongs to this node's previous, dead, run and
    /// is freed at once instead of after it expires. Shared stores wait for expiry.
    /// </summary>
    private Task ReleaseStaleLeasesAsync(CancellationToken cancellationToken) => store.ReleaseLeasesOfEarlierRunAsync(cancellationToken);

    private async Task ReleaseLeaseAsync(string conversationId)
    {
        try
        {
            await store.ReleaseLeaseAsync(conversationId, CancellationToken.None);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "A turn of conversation {ConversationId} met a write conflict ({Kind}) on attempt {Attempt}; running it again.")]
    private static partial void LogTurnConflict(ILogger logger, string conversationId, int attempt, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing the lease of conversation {ConversationId} failed.")]
    private static partial void LogLeaseReleaseFailed(ILogger logger, string conversationId, Exception exception);
}
