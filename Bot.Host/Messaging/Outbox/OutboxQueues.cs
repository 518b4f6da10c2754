namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// The outbox rows this process holds for sending, one ordered queue per conversation, and the
/// rows it recorded recently. Thread-safe. A read of storage that began before a row was
/// recorded may still see it pending: <see cref="Recorded"/> lets the reader skip it, so a
/// sent row is never queued a second time. On SQLite a send's record is journaled first and
/// applied to storage later (<see cref="OutboxJournal"/>): until then storage shows the row as
/// before its send, so the row counts as recorded only from the moment its record is applied.
/// </summary>
public sealed class OutboxQueues
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SortedList<(long Seq, long Id), OutboxMessage>> _queues = new(StringComparer.Ordinal);
    private readonly HashSet<long> _held = [];
    private readonly Dictionary<long, (long At, bool StillPending)> _doneAt = [];
    private readonly Dictionary<long, bool> _journaled = [];

    // Per conversation, the row last set back for a retry: the conversation's later rows wait
    // behind it, even those handed over in memory.
    private readonly Dictionary<string, long> _waiting = new(StringComparer.Ordinal);
    private long _ticks;

    // Rows recorded in the last minute, for hand-overs in memory that come late; true when the
    // record held the row (WhatsApp's closed window), which a release hands over again.
    private const long RecentMs = 60_000;
    private readonly Dictionary<long, bool> _recent = [];
    private readonly Queue<(long Id, long At)> _recentOrder = new();

    /// <summary>Marks the start of a read of storage; returns its time on this logical clock.</summary>
    public long BeginRead()
    {
        lock (_lock)
        {
            var now = ++_ticks;
            // Recorded before any read that is still running began: no longer needed.
            foreach (var (id, done) in _doneAt.ToList())
            {
                if (done.At < _oldestRead)
                {
                    _doneAt.Remove(id);
                }
            }

            _oldestRead = now;
            return now;
        }
    }

    // Reads run one at a time (the dispatcher's loop), so the latest read is the oldest running one.
    private long _oldestRead;

    /// <summary>
    /// What a read that began at <paramref name="readAt"/> must make of a pending row it found:
    /// <see cref="RowRecord.None"/> when nothing was recorded since (the read is current);
    /// otherwise the row is stale there, and <see cref="RowRecord.StillPending"/> says its record
    /// set it back for a retry, so the conversation's later rows must still wait behind it.
    /// </summary>
    public RowRecord Recorded(long id, long readAt)
    {
        lock (_lock)
        {
            if (_journaled.TryGetValue(id, out var pending))
            {
                return pending ? RowRecord.StillPending : RowRecord.Done;
            }

            return _doneAt.TryGetValue(id, out var done) && done.At > readAt
                ? done.StillPending ? RowRecord.StillPending : RowRecord.Done
                : RowRecord.None;
        }
    }

    /// <summary>Whether the row is queued, being sent, or sent with its record not yet in storage.</summary>
    public bool Holds(long id)
    {
        lock (_lock)
        {
            return _held.Contains(id) || _journaled.ContainsKey(id);
        }
    }

    /// <summary>Queues a row; true when its conversation had no queue (the caller starts its run).</summary>
    public bool Add(OutboxMessage row)
    {
        lock (_lock)
        {
            if (_journaled.ContainsKey(row.Id))
            {
                return false;
            }

            // Behind a row that waits for its retry and is not queued here: left in storage,
            // where the read that offers the waiting row offers this one after it.
            if (_waiting.TryGetValue(row.ConversationId, out var waiting) && waiting != row.Id && !_held.Contains(waiting))
            {
                return false;
            }

            if (!_held.Add(row.Id))
            {
                return false;
            }

            if (_queues.TryGetValue(row.ConversationId, out var queue))
            {
                queue[(row.Seq, row.Id)] = row;
                return false;
            }

            _queues[row.ConversationId] = new SortedList<(long, long), OutboxMessage> { [(row.Seq, row.Id)] = row };
            return true;
        }
    }

    /// <summary>
    /// Up to <paramref name="max"/> of the conversation's next rows, in order (they stay held until
    /// recorded); an empty list ends the run and removes the queue.
    /// </summary>
    public List<OutboxMessage> Take(string conversationId, int max)
    {
        lock (_lock)
        {
            if (!_queues.TryGetValue(conversationId, out var queue))
            {
                return [];
            }

            if (queue.Count == 0)
            {
                _queues.Remove(conversationId);
                return [];
            }

            var rows = queue.Values.Take(max).ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                queue.RemoveAt(0);
            }

            return rows;
        }
    }

    /// <summary>
    /// Puts a row taken by <see cref="Take"/> back at the head of its conversation's queue: the
    /// channel said "not yet" and nothing was recorded. Only the conversation's own run calls it,
    /// between its <see cref="Take"/> and the next, so the queue still exists.
    /// </summary>
    public void Return(OutboxMessage row)
    {
        lock (_lock)
        {
            if (!_queues.TryGetValue(row.ConversationId, out var queue))
            {
                queue = new SortedList<(long, long), OutboxMessage>();
                _queues[row.ConversationId] = queue;
            }

            queue[(row.Seq, row.Id)] = row;
        }
    }

    /// <summary>
    /// Whether a row handed over in memory was recorded in the last minute and so must not be
    /// queued again. A turn hands its rows over just after its commit; a read of storage may find
    /// them first, and with several sends in flight they can be sent and their record applied
    /// before the hand-over arrives. A row whose last record held it (WhatsApp's closed window)
    /// is the exception: its hand-over is the release when the user writes. (Reads of storage do
    /// not ask: a row set back to pending by hand, e.g. a WhatsApp 63016, must be found again.)
    /// </summary>
    public bool RecordedSinceStored(long id)
    {
        lock (_lock)
        {
            return _recent.TryGetValue(id, out var held) && !held;
        }
    }

    private void NoteRecordedLocked(long id, bool held)
    {
        var now = Environment.TickCount64;
        if (_recent.TryAdd(id, held))
        {
            _recentOrder.Enqueue((id, now));
        }
        else
        {
            _recent[id] = held;
        }

        while (_recentOrder.TryPeek(out var oldest) && now - oldest.At > RecentMs)
        {
            _recentOrder.Dequeue();
            _recent.Remove(oldest.Id);
        }
    }

    /// <summary>The row was recorded in storage as <paramref name="recorded"/> (sent, held, failed, or pending again for a retry).</summary>
    public void MarkDone(OutboxMessage row, OutboxStatus recorded)
    {
        var stillPending = recorded == OutboxStatus.Pending;
        lock (_lock)
        {
            NoteRecordedLocked(row.Id, recorded == OutboxStatus.Held);
            _held.Remove(row.Id);
            _doneAt[row.Id] = (++_ticks, stillPending);
            NoteWaiting(row, stillPending);
        }
    }

    /// <summary>The row's record is in the send journal, not yet in storage: reads must not offer it.</summary>
    public void MarkJournaled(OutboxMessage row, OutboxStatus recorded)
    {
        var stillPending = recorded == OutboxStatus.Pending;
        lock (_lock)
        {
            NoteRecordedLocked(row.Id, recorded == OutboxStatus.Held);
            _held.Remove(row.Id);
            _journaled[row.Id] = stillPending;
            NoteWaiting(row, stillPending);
        }
    }

    /// <summary>
    /// After a complete read of the pending rows (<paramref name="pending"/>): a row this process
    /// set back for a retry that is no longer pending was changed by someone else (failed by a
    /// status callback, sent by another node), so its conversation no longer waits behind it.
    /// </summary>
    public void ForgetWaitingExcept(IReadOnlySet<long> pending)
    {
        lock (_lock)
        {
            foreach (var (conversationId, id) in _waiting.ToList())
            {
                if (!pending.Contains(id) && !_held.Contains(id) && !_journaled.ContainsKey(id))
                {
                    _waiting.Remove(conversationId);
                }
            }
        }
    }

    private void NoteWaiting(OutboxMessage row, bool stillPending)
    {
        if (stillPending)
        {
            _waiting[row.ConversationId] = row.Id;
        }
        else if (_waiting.TryGetValue(row.ConversationId, out var waiting) && waiting == row.Id)
        {
            _waiting.Remove(row.ConversationId);
        }
    }

    /// <summary>The journaled records of these rows are now in storage.</summary>
    public void MarkFlushed(IEnumerable<long> ids)
    {
        lock (_lock)
        {
            foreach (var id in ids)
            {
                if (_journaled.Remove(id, out var stillPending))
                {
                    _doneAt[id] = (++_ticks, stillPending);
                }
            }
        }
    }

    /// <summary>
    /// Ends the conversation's run and lets go of its queued rows and of <paramref name="current"/>
    /// (the rows it had taken and not recorded); storage keeps them for a later read.
    /// </summary>
    public void Drop(string conversationId, IEnumerable<long> current)
    {
        lock (_lock)
        {
            foreach (var id in current)
            {
                _held.Remove(id);
            }

            if (_queues.Remove(conversationId, out var queue))
            {
                foreach (var row in queue.Values)
                {
                    _held.Remove(row.Id);
                }
            }
        }
    }
}
