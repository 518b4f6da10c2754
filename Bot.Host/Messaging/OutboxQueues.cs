using Bot.Host.Storage;

namespace Bot.Host.Messaging;

/// <summary>
/// The outbox rows this process holds for sending, one ordered queue per conversation, and the
/// rows it recorded recently. Thread-safe. A read of storage that began before a row was
/// recorded may still see it pending: <see cref="DoneSince"/> lets the reader skip it, so a
/// sent row is never queued a second time.
/// </summary>
internal sealed class OutboxQueues
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SortedList<(long Seq, long Id), OutboxMessage>> _queues = new(StringComparer.Ordinal);
    private readonly HashSet<long> _held = [];
    private readonly Dictionary<long, long> _doneAt = [];
    private long _ticks;

    /// <summary>Marks the start of a read of storage; returns its time on this logical clock.</summary>
    public long BeginRead()
    {
        lock (_lock)
        {
            var now = ++_ticks;
            // Recorded before any read that is still running began: no longer needed.
            foreach (var (id, at) in _doneAt.ToList())
            {
                if (at < _oldestRead)
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

    /// <summary>Whether the row was recorded after the read that began at <paramref name="readAt"/>.</summary>
    public bool DoneSince(long id, long readAt)
    {
        lock (_lock)
        {
            return _doneAt.TryGetValue(id, out var at) && at > readAt;
        }
    }

    /// <summary>Whether the row is queued or being sent here.</summary>
    public bool Holds(long id)
    {
        lock (_lock)
        {
            return _held.Contains(id);
        }
    }

    /// <summary>Queues a row; true when its conversation had no queue (the caller starts its run).</summary>
    public bool Add(OutboxMessage row)
    {
        lock (_lock)
        {
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

    /// <summary>The conversation's next row (it stays held until recorded); null ends the run and removes the queue.</summary>
    public OutboxMessage? Next(string conversationId)
    {
        lock (_lock)
        {
            if (!_queues.TryGetValue(conversationId, out var queue))
            {
                return null;
            }

            if (queue.Count == 0)
            {
                _queues.Remove(conversationId);
                return null;
            }

            var row = queue.Values[0];
            queue.RemoveAt(0);
            return row;
        }
    }

    /// <summary>The row was recorded (sent, held, failed or set back for a retry).</summary>
    public void MarkDone(long id)
    {
        lock (_lock)
        {
            _held.Remove(id);
            _doneAt[id] = ++_ticks;
        }
    }

    /// <summary>
    /// Ends the conversation's run and lets go of its queued rows and of <paramref name="current"/>
    /// (the row it stopped at); storage keeps them for a later read.
    /// </summary>
    public void Drop(string conversationId, long current)
    {
        lock (_lock)
        {
            _held.Remove(current);
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
