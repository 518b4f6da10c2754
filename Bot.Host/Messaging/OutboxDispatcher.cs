using System.Collections.Concurrent;
using Bot.Host.Configuration;
using Bot.Host.Health;
using Bot.Host.Metrics;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging;

/// <summary>
/// Delivers pending outbox rows through their channel's sender: each conversation's rows in
/// order, conversations side by side, with retries and backoff. Rows committed by this
/// process's turns are handed over in memory; storage is read at start, on request and once per
/// poll interval, for everything else (retries, other writers, a previous run's leftovers).
/// At most <see cref="WorkerOptions.MaxInFlightSends"/> sends are under way at once, and each is
/// recorded the moment the channel confirms it, before another starts in its place: that bounds
/// what a crash can repeat. With several nodes (PostgreSQL) a row is leased before it is sent,
/// so each row is sent by one node; SQLite is one node and needs no lease.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<IChannelSender> senders,
    WorkSignals signals,
    OutboxQueues queues,
    OutboxJournal journal,
    NodeIdentity node,
    StorageOptions storage,
    IOptions<WorkerOptions> options,
    HealthState health,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger,
    PostgresSendMarks? marks = null) : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>A conversation's rows sent under one hold of the slot: one turn's replies, while others wait their turn.</summary>
    private const int MaxRowsPerHold = 8;

    /// <summary>How long a send under way at shutdown may still take (the host waits 30 s in all).</summary>
    private static readonly TimeSpan s_sendGraceOnStop = TimeSpan.FromSeconds(10);

    // A send under way is not cancelled by the stop itself: cut off mid-request, the channel may
    // have delivered a message that is never recorded, and it would go out again after the
    // restart. Only a send still hanging some seconds into the stop is cancelled.
    private readonly CancellationTokenSource _sendAbort = new();
    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
    private readonly WorkerOptions _options = options.Value;
    private readonly bool _sqlite = storage.Provider == StorageProvider.Sqlite;
    private readonly OutboxQueues _queues = queues;
    private readonly ConcurrentDictionary<string, Task> _runs = new(StringComparer.Ordinal);
    private SemaphoreSlim? _slots;
    private long _lastScan;
    private readonly TimeSpan _grace = TimeSpan.FromMilliseconds(Math.Max(1000, 2 * options.Value.PollIntervalMs));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            health.WorkersDisabled = true;
            return;
        }

        _slots = new SemaphoreSlim(_options.MaxInFlightSends, _options.MaxInFlightSends);
        await using var abortSendsLater = stoppingToken.Register(() => _sendAbort.CancelAfter(s_sendGraceOnStop));
        health.SenderRunning = true;
        try
        {
            var scan = true;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    scan |= signals.Outbox.TakeScanRequest() || Environment.TickCount64 - _lastScan >= _options.PollIntervalMs;
                    if (scan)
                    {
                        await ScanAsync(stoppingToken);
                        scan = false;
                    }

                    while (signals.NewOutbox.TryDequeue(out var row))
                    {
                        Offer(row, stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogLoopFailed(logger, e);
                }

                await signals.Outbox.WaitAsync(TimeSpan.FromMilliseconds(_options.PollIntervalMs), stoppingToken);
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

        // A send under way is finished and recorded before the host exits.
        await Task.WhenAll(_runs.Values);
        await FlushJournalAsync();
    }

    private async Task FlushJournalAsync()
    {
        try
        {
            await journal.FlushAsync(cancellationToken: CancellationToken.None);
        }
        catch (Exception e)
        {
            // The records stay in the journal file; the next start applies them.
            LogJournalFlushFailed(logger, e);
        }
    }

    /// <summary>Reads pending rows from storage and queues those this process does not hold yet.</summary>
    private async Task ScanAsync(CancellationToken stoppingToken)
    {
        _lastScan = Environment.TickCount64;
        var readAt = _queues.BeginRead();
        List<OutboxMessage> batch;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            batch = await s_pending.For(db)(db, BatchSize).ToListAsync(stoppingToken);
        }

        if (batch.Count < BatchSize)
        {
            _queues.ForgetWaitingExcept(batch.Select(m => m.Id).ToHashSet());
        }

        var now = clock.GetUtcNow();
        var settled = now - _grace;
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in batch.OrderBy(m => m.Seq).ThenBy(m => m.Id))
        {
            // Leased by another node that is still within its lease: not ours to send, and the
            // conversation's later rows wait behind it. So do rows another node committed a
            // moment ago (it was handed them in memory and is sending them); if it died, they
            // are taken once they have waited.
            var elsewhere = row.LeaseOwner is { } owner && owner != node.Id && row.LeaseUntil >= now;
            var fresh = !_sqlite && row.CreatedAt > settled && !_queues.Holds(row.Id);
            if (elsewhere || fresh || blocked.Contains(row.ConversationId))
            {
                blocked.Add(row.ConversationId);
                continue;
            }

            // A row recorded since this read began (or journaled and not yet in storage) is stale
            // here: it may be sent already. One set back for a retry still holds back the rows
            // after it.
            switch (_queues.Recorded(row.Id, readAt))
            {
                case RowRecord.None:
                    Offer(row, stoppingToken);
                    break;
                case RowRecord.StillPending:
                    blocked.Add(row.ConversationId);
                    break;
            }
        }
    }

    private static readonly PerProvider<Func<BotDbContext, int, IAsyncEnumerable<OutboxMessage>>> s_pending = new(() => EF.CompileAsyncQuery(
        (BotDbContext db, int take) => db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending).OrderBy(m => m.Id).Take(take)));

    /// <summary>Queues a row on its conversation and starts the conversation's run if it has none.</summary>
    private void Offer(OutboxMessage row, CancellationToken stoppingToken)
    {
        if (!_queues.Add(row))
        {
            return;
        }

        var run = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runs[row.ConversationId] = run.Task;
        _ = Task.Run(async () =>
        {
            try
            {
                await RunAsync(row.ConversationId, stoppingToken);
            }
            finally
            {
                _runs.TryRemove(new KeyValuePair<string, Task>(row.ConversationId, run.Task));
                run.TrySetResult();
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// Sends a conversation's queued rows in order until none is left or one must wait. The rows
    /// queued together (usually one turn's replies) are prepared first and then sent back to
    /// back under one hold of the send slot, still one at a time and each recorded before the
    /// next: the user gets a turn's messages together instead of one per trip through the
    /// queue of all conversations.
    /// </summary>
    private async Task RunAsync(string conversationId, CancellationToken stoppingToken)
    {
        while (_queues.Take(conversationId, MaxRowsPerHold) is { Count: > 0 } rows)
        {
            var done = 0;
            var prepared = new List<IPreparedSend>(rows.Count);
            try
            {
                // Read and rendered before taking the slot: the slot covers only the channel's
                // calls and the records. A row not due yet stops the batch (and the run).
                foreach (var row in rows)
                {
                    if (stoppingToken.IsCancellationRequested || row.NextAttemptAt > clock.GetUtcNow())
                    {
                        break;
                    }

                    prepared.Add(await PrepareAsync(row, stoppingToken));
                }

                if (prepared.Count > 0)
                {
                    await _slots!.WaitAsync(CancellationToken.None);
                    try
                    {
                        // Stopping: the send under way finishes (and is recorded), no other starts.
                        while (done < prepared.Count && !stoppingToken.IsCancellationRequested
                            && await DeliverAsync(rows[done], prepared[done], stoppingToken))
                        {
                            done++;
                        }
                    }
                    finally
                    {
                        _slots.Release();
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping while preparing: nothing was sent; the rows stay pending.
            }
            catch (Exception e)
            {
                LogLoopFailed(logger, e);
            }
            finally
            {
                foreach (var send in prepared)
                {
                    await send.DisposeAsync();
                }
            }

            if (done < rows.Count)
            {
                // Retried later (or failed for good, or shutting down): the conversation's next
                // rows wait in storage, where a later read finds them in order.
                _queues.Drop(conversationId, rows.Skip(done).Select(r => r.Id));
                return;
            }
        }
    }

    private async Task<IPreparedSend> PrepareAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        if (!_senders.TryGetValue(row.Channel, out var sender))
        {
            return new DecidedSend(SendResult.Failed($"The {row.Channel} channel is not configured on this host."));
        }

        try
        {
            return await sender.PrepareAsync(row, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSendThrew(logger, row.Id, row.Channel, e);
            return new DecidedSend(SendResult.Retry($"{e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>Leases (several nodes), sends and records one row; false when the conversation must wait.</summary>
    private async Task<bool> DeliverAsync(OutboxMessage row, IPreparedSend prepared, CancellationToken cancellationToken)
    {
        if (!_sqlite && !await LeaseAsync(row.Id, cancellationToken))
        {
            return false;
        }

        SendResult result;
        var abort = _sendAbort.Token;
        try
        {
            SlotBlockingHandler.UnderSlot = true;
            result = await prepared.SendAsync(abort);
        }
        catch (Exception e) when (e is not OperationCanceledException || !abort.IsCancellationRequested)
        {
            LogSendThrew(logger, row.Id, row.Channel, e);
            result = SendResult.Retry($"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            SlotBlockingHandler.UnderSlot = false;
        }

        var record = MakeRecord(row, result);
        var stillPending = record.Status == OutboxStatus.Pending;
        if (TryJournal(record))
        {
            _queues.MarkJournaled(row, stillPending);
        }
        else
        {
            // Recorded outside the caller's token: a send that happened must be marked, even at shutdown.
            await RecordDirectAsync(record);
            _queues.MarkDone(row, stillPending);
        }

        return result.Status == SendStatus.Sent;
    }

    /// <summary>SQLite: the record goes to the journal, without waiting for the database's writer.</summary>
    private bool TryJournal(SendRecord record)
    {
        if (!journal.Enabled)
        {
            return false;
        }

        try
        {
            journal.Append(record);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogJournalFailed(logger, record.OutboxId, e);
            return false;
        }
    }

    private async Task<bool> LeaseAsync(long id, CancellationToken cancellationToken)
    {
        if (marks is not null)
        {
            var at = clock.GetUtcNow();
            return await marks.LeaseAsync(id, node.Id, at, at.AddSeconds(_options.LeaseSeconds), cancellationToken);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var now = clock.GetUtcNow();
        var me = node.Id;
        var leaseUntil = now.AddSeconds(_options.LeaseSeconds);
        var leased = await db.Outbox
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LeaseOwner == null || m.LeaseOwner == me || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, me).SetProperty(m => m.LeaseUntil, leaseUntil), cancellationToken);
        return leased == 1;
    }

    /// <summary>What the row becomes after this attempt; counts it and logs a final failure.</summary>
    private SendRecord MakeRecord(OutboxMessage row, SendResult result)
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
        MessagingMetrics.OutboxSends.WithLabels(row.Channel, result.Status.ToString().ToLowerInvariant()).Inc();
        if (status == OutboxStatus.Failed)
        {
            LogSendFailed(logger, row.Id, row.Channel, error ?? "");
        }

        return new SendRecord(row.Id, status, attempts, error, result.ExternalId,
            status == OutboxStatus.Sent ? now : null, now + (result.RetryAfter ?? Backoff(attempts)));
    }

    /// <summary>The record written to the row at once (PostgreSQL; SQLite when the journal cannot be written).</summary>
    private async Task RecordDirectAsync(SendRecord record)
    {
        if (!_sqlite && marks is not null)
        {
            await marks.RecordAsync(record);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<WriteGate>();
        await gate.RunAsync(async () =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await OutboxRecordStatement.ApplyAsync(db.Database.GetDbConnection(), null, _sqlite, [record]);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, CancellationToken.None, urgent: true);
    }

    /// <summary>1 s, 2 s, 4 s … capped at 5 minutes.</summary>
    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Max(0, attempts - 1))));

    public override void Dispose()
    {
        _sendAbort.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox loop failed; it will retry.")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox row {OutboxId} on {Channel} threw.")]
    private static partial void LogSendThrew(ILogger logger, long outboxId, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The send record of outbox row {OutboxId} could not be journaled; it is written to the database directly.")]
    private static partial void LogJournalFailed(ILogger logger, long outboxId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Applying the send journal at shutdown failed; the next start applies it.")]
    private static partial void LogJournalFlushFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId} on {Channel} failed for good: {Error}")]
    private static partial void LogSendFailed(ILogger logger, long outboxId, string channel, string error);
}
