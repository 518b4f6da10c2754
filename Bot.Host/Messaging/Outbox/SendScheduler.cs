namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// Decides which conversation sends next. A conversation is in one of three places: ready (a
/// first-come queue), set aside until a time ("not before", on the host's clock), or running
/// (it holds one of the <c>maxInFlight</c> tokens, and its run sends its rows one at a time).
/// Nothing waits while holding a token: a conversation whose next message is not allowed yet
/// gives its token back and is set aside, and a timer moves it back to the ready queue when its
/// time comes. The one exception is a row the channel has begun and remembers only in memory
/// (<see cref="SendResult.PartlySent"/>): it keeps its token while set aside, because the token
/// count is also the bound on what a crash can repeat; such conversations go first when they
/// wake, so they can never be starved by the tokens they hold.
/// Thread-safe; <c>start</c> is called outside the lock and must not block.
/// </summary>
public sealed class SendScheduler : IDisposable
{
    private readonly Lock _lock = new();
    private readonly int _maxInFlight;
    private readonly TimeProvider _clock;
    private readonly Action<string> _start;
    private readonly Queue<string> _ready = new();
    private readonly Queue<string> _readyHolding = new();
    private readonly PriorityQueue<string, DateTimeOffset> _asleep = new();
    private readonly HashSet<string> _holding = new(StringComparer.Ordinal);
    private readonly ITimer _timer;
    private long _asleepVersion;
    private int _inFlight;
    private bool _stopped;

    public SendScheduler(int maxInFlight, TimeProvider clock, Action<string> start)
    {
        _maxInFlight = maxInFlight;
        _clock = clock;
        _start = start;
        _timer = clock.CreateTimer(_ => Wake(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Tokens in use: sends under way and rows begun and set aside.</summary>
    public int InFlight
    {
        get
        {
            lock (_lock)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>Runs under way now (tokens in use, less those kept by conversations set aside).</summary>
    public int Running
    {
        get
        {
            lock (_lock)
            {
                return _inFlight - _holding.Count;
            }
        }
    }

    /// <summary>Nothing can start now: no conversation is ready, or every token is in use.</summary>
    public bool NoneStartable
    {
        get
        {
            lock (_lock)
            {
                return _readyHolding.Count == 0 && (_ready.Count == 0 || _inFlight >= _maxInFlight);
            }
        }
    }

    /// <summary>Conversations with a run or a place in a queue: ready, running or set aside.</summary>
    public int Known
    {
        get
        {
            lock (_lock)
            {
                return _ready.Count + _readyHolding.Count + _asleep.Count + _inFlight - _holding.Count;
            }
        }
    }

    /// <summary>Conversations set aside, waiting for their time.</summary>
    public int Asleep
    {
        get
        {
            lock (_lock)
            {
                return _asleep.Count;
            }
        }
    }

    /// <summary>A conversation has rows to send and no run: it joins the ready queue.</summary>
    public void Ready(string conversationId)
    {
        lock (_lock)
        {
            _ready.Enqueue(conversationId);
        }

        Pump();
    }

    /// <summary>A run ends: its token goes back.</summary>
    public void Done()
    {
        lock (_lock)
        {
            _inFlight--;
        }

        Pump();
    }

    /// <summary>A run that sent its share gives its token back and queues again behind the others.</summary>
    public void Yield(string conversationId)
    {
        lock (_lock)
        {
            _inFlight--;
            _ready.Enqueue(conversationId);
        }

        Pump();
    }

    /// <summary>
    /// A run whose next message is not allowed before <paramref name="until"/>: set aside, its
    /// token given back unless <paramref name="keepToken"/> (a row begun, see the class).
    /// </summary>
    public void SetAside(string conversationId, DateTimeOffset until, bool keepToken)
    {
        lock (_lock)
        {
            if (keepToken)
            {
                _holding.Add(conversationId);
            }
            else
            {
                _inFlight--;
            }

            _asleep.Enqueue(conversationId, until);
            _asleepVersion++;
        }

        Arm();
        Pump();
    }

    /// <summary>No run starts from now on (shutdown).</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            _asleepVersion++;
        }

        Arm();
    }

    /// <summary>The timer: conversations whose time has come go back to the ready queues.</summary>
    private void Wake()
    {
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            while (_asleep.TryPeek(out var id, out var at) && at <= now)
            {
                _asleep.Dequeue();
                (_holding.Contains(id) ? _readyHolding : _ready).Enqueue(id);
            }

            _asleepVersion++;
        }

        Arm();
        Pump();
    }

    /// <summary>
    /// Sets the timer for the earliest conversation set aside. Called outside the lock: a timer
    /// may run due callbacks on the thread that changes it (a fake clock does), and those take
    /// locks of their own. Threads may change it in any order, so each one checks afterwards
    /// that no one changed the sleepers since its look, and looks again if someone did: the last
    /// change always reflects the latest sleepers.
    /// </summary>
    private void Arm()
    {
        while (true)
        {
            long version;
            TimeSpan due;
            lock (_lock)
            {
                version = _asleepVersion;
                due = !_stopped && _asleep.TryPeek(out _, out var at) ? at - _clock.GetUtcNow() : Timeout.InfiniteTimeSpan;
            }

            _timer.Change(due == Timeout.InfiniteTimeSpan || due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            lock (_lock)
            {
                if (version == _asleepVersion)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Starts ready conversations while tokens are free (woken holders of a token first).</summary>
    private void Pump()
    {
        List<string>? starts = null;
        lock (_lock)
        {
            while (!_stopped)
            {
                if (_readyHolding.TryDequeue(out var holder))
                {
                    // Its token was kept while it slept.
                    _holding.Remove(holder);
                    (starts ??= []).Add(holder);
                    continue;
                }

                if (_inFlight >= _maxInFlight || !_ready.TryDequeue(out var id))
                {
                    break;
                }

                _inFlight++;
                (starts ??= []).Add(id);
            }
        }

        foreach (var id in starts ?? [])
        {
            _start(id);
        }
    }

    public void Dispose() => _timer.Dispose();
}
