using System.Collections.Concurrent;
using Bot.Host.Configuration;
using Bot.Host.Health;
using Bot.Host.Metrics;
using Microsoft.Extensions.Options;

namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// Delivers pending outbox rows through their channel's sender: each conversation's rows in
/// order, conversations side by side, with retries and backoff. Rows committed by this
/// process's turns are handed over in memory; storage is read at start, on request and once per
/// poll interval, for everything else (retries, other writers, a previous run's leftovers).
/// Which conversation sends next is the <see cref="SendScheduler"/>'s: at most
/// <see cref="WorkerOptions.MaxInFlightSends"/> sends are under way at once, one per conversation,
/// and each is recorded the moment the channel confirms it: that bounds what a crash can repeat.
/// A conversation whose next message the channel does not allow yet (<see cref="IChannelSender.NotBefore"/>,
/// <see cref="SendStatus.NotYet"/>) or whose row waits for its retry is set aside until then,
/// without holding anything the others need. On a store shared by several nodes (PostgreSQL) a row is
/// leased before it is sent, so each row is sent by one node; a store of one node (SQLite) needs no lease.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore store,
    IEnumerable<IChannelSender> senders,
    WorkSignals signals,
    OutboxQueues queues,
    OutboxJournal journal,
    NodeIdentity node,
    IOptions<WorkerOptions> options,
    HealthState health,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 500;

    /// <summary>
    /// Rows a conversation may send in one run when the channel lets them go back to back (no
    /// pace, e.g. a Bot API server of one's own): one turn's replies, then the others' turn.
    /// </summary>
    private const int MaxRowsPerHold = 8;

    /// <summary>How long a send under way at shutdown may still take (the host waits 30 s in all).</summary>
    private static readonly TimeSpan s_sendGraceOnStop = TimeSpan.FromSeconds(10);

    // A send under way is not cancelled by the stop itself: cut off mid-request, the channel may
    // have delivered a message that is never recorded, and it would go out again after the
    // restart. Only a send still hanging some seconds into the stop is cancelled.
    private readonly CancellationTokenSource _sendAbort = new();
    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel, StringComparer.Ordinal);
    private readonly WorkerOptions _options = options.Value;
    private readonly bool _shared = store.SharedByNodes;
    private readonly OutboxQueues _queues = queues;
    private readonly ConcurrentDictionary<Task, byte> _runs = new();
    private SendScheduler? _scheduler;

    // One send at a time on a fast link: blocking the thread on the socket gets the answer sooner
    // than a continuation queued behind every turn (SlotBlockingHandler). With several sends in
    // flight each waits asynchronously: blocked threads would starve the pool they share.
    private readonly bool _blockOnSocket = options.Value.MaxInFlightSends == 1;
    private CancellationToken _stopping;
    private long _lastScan;
    private readonly TimeSpan _grace = TimeSpan.FromMilliseconds(Math.Max(1000, 2 * options.Value.PollIntervalMs));

    /// <summary>Who sends next (null until the dispatcher runs); tests watch it to move a fake clock only when nothing is due.</summary>
    public SendScheduler? Scheduler => _scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            health.WorkersDisabled = true;
            return;
        }

        _stopping = stoppingToken;
        _scheduler = new SendScheduler(_options.MaxInFlightSends, clock, Start);
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
                        if (!_queues.RecordedSinceStored(row.Id))
                        {
                            Offer(row, stoppingToken);
                        }
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

        // A send under way is finished and recorded before the host exits; none starts.
        _scheduler.Stop();
        await Task.WhenAll(_runs.Keys);
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
        var batch = await store.PendingAsync(BatchSize, stoppingToken);
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
            var fresh = _shared && row.CreatedAt > settled && !_queues.Holds(row.Id);
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

    /// <summary>Queues a row on its conversation; a conversation new to the queues joins the ready queue.</summary>
    private void Offer(OutboxMessage row, CancellationToken stoppingToken)
    {
        if (_queues.Add(row))
        {
            _scheduler!.Ready(row.ConversationId);
        }
    }

    /// <summary>The scheduler gave the conversation a token: its run starts on the thread pool.</summary>
    private void Start(string conversationId)
    {
        var run = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _runs[run.Task] = 0;
        _ = Task.Run(async () =>
        {
            try
            {
                await RunAsync(conversationId, _stopping);
            }
            finally
            {
                _runs.TryRemove(run.Task, out _);
                run.TrySetResult();
            }
        }, CancellationToken.None);
    }

    /// <summary>
    /// Sends the conversation's next rows, one at a time and each recorded before the next, until
    /// none is left, one must wait (the conversation is set aside and the token goes back), one
    /// was not sent (retry, failure, held), or it sent its share and queues again behind the
    /// other conversations. Waiting never happens here: the scheduler's timer wakes the
    /// conversation when its time comes.
    /// </summary>
    private async Task RunAsync(string conversationId, CancellationToken stoppingToken)
    {
        var next = Next.Done;
        var until = DateTimeOffset.MinValue;
        var keepToken = false;
        try
        {
            (next, until, keepToken) = await SendSomeAsync(conversationId, stoppingToken);
        }
        catch (Exception e)
        {
            LogLoopFailed(logger, e);
            _queues.Drop(conversationId, []);
        }
        finally
        {
            switch (next)
            {
                case Next.Aside:
                    _scheduler!.SetAside(conversationId, until, keepToken);
                    break;
                case Next.Again:
                    _scheduler!.Yield(conversationId);
                    break;
                default:
                    _scheduler!.Done();
                    break;
            }
        }
    }

    private enum Next
    {
        Done,
        Again,
        Aside,
    }

    private async Task<(Next Next, DateTimeOffset Until, bool KeepToken)> SendSomeAsync(string conversationId, CancellationToken stoppingToken)
    {
        for (var n = 0; n < MaxRowsPerHold; n++)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                // Stopping: no other send starts; the rows stay pending for the next start.
                _queues.Drop(conversationId, []);
                return (Next.Done, default, false);
            }

            if (_queues.Take(conversationId, 1) is not [var row])
            {
                return (Next.Done, default, false);
            }

            // Not due (a retry's time, the channel's pace): set aside before preparing anything.
            var now = clock.GetUtcNow();
            var due = row.NextAttemptAt;
            if (_senders.TryGetValue(row.Channel, out var sender) && sender.NotBefore(row) is { } paced && paced > due)
            {
                due = paced;
            }

            if (due > now)
            {
                _queues.Return(row);
                return (Next.Aside, due, false);
            }

            SendResult result;
            await using (var prepared = await PrepareOrDropAsync(row, stoppingToken))
            {
                if (prepared is null || (_shared && !await LeaseAsync(row.Id, stoppingToken)))
                {
                    // Stopping while preparing, or another node holds the row: storage keeps it.
                    _queues.Drop(conversationId, [row.Id]);
                    return (Next.Done, default, false);
                }

                result = await SendAsync(row, prepared);
            }

            if (result.Status == SendStatus.NotYet)
            {
                if (result.TooManyRequests)
                {
                    MessagingMetrics.OutboxSends.WithLabels(row.Channel, "rate_limited").Inc();
                }

                _queues.Return(row);
                return (Next.Aside, result.NotBefore ?? clock.GetUtcNow().AddSeconds(1), result.PartlySent);
            }

            await RecordAsync(row, result);
            if (result.Status != SendStatus.Sent)
            {
                // Retried later (or failed for good, or held): the conversation's next rows wait
                // in storage, where a later read finds them in order.
                _queues.Drop(conversationId, [row.Id]);
                return (Next.Done, default, false);
            }
        }

        return (Next.Again, default, false);
    }

    private async Task<IPreparedSend?> PrepareOrDropAsync(OutboxMessage row, CancellationToken stoppingToken)
    {
        try
        {
            return await PrepareAsync(row, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return null;
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

    /// <summary>The channel's calls for one row. Not cancelled by the stop itself (see <see cref="_sendAbort"/>).</summary>
    private async Task<SendResult> SendAsync(OutboxMessage row, IPreparedSend prepared)
    {
        var abort = _sendAbort.Token;
        try
        {
            SlotBlockingHandler.UnderSlot = _blockOnSocket;
            return await prepared.SendAsync(abort);
        }
        catch (Exception e) when (e is not OperationCanceledException || !abort.IsCancellationRequested)
        {
            LogSendThrew(logger, row.Id, row.Channel, e);
            return SendResult.Retry($"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            SlotBlockingHandler.UnderSlot = false;
        }
    }

    /// <summary>Records the outcome the moment the channel gave it: the journal (SQLite) or the row itself.</summary>
    private async Task RecordAsync(OutboxMessage row, SendResult result)
    {
        var record = MakeRecord(row, result);
        if (TryJournal(record))
        {
            _queues.MarkJournaled(row, record.Status);
        }
        else
        {
            // Recorded outside the caller's token: a send that happened must be marked, even at shutdown.
            await RecordDirectAsync(record);
            _queues.MarkDone(row, record.Status);
        }
    }

    /// <summary>A store of one node: the record goes to the journal, without waiting for the database's writer.</summary>
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

    private Task<bool> LeaseAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return store.LeaseAsync(id, node.Id, now, now.AddSeconds(_options.LeaseSeconds), cancellationToken);
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

    /// <summary>The record written to the row at once (a shared store; a store of one node when the journal cannot be written).</summary>
    private Task RecordDirectAsync(SendRecord record) => store.RecordAsync([record], urgent: true, CancellationToken.None);

    /// <summary>1 s, 2 s, 4 s … capped at 5 minutes.</summary>
    internal static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Max(0, attempts - 1))));

    public override void Dispose()
    {
        _scheduler?.Dispose();
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
