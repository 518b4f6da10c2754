using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Telegram's limits as Telegram counts them: by when a message reaches it, which the host never
/// sees, only that it lies between the start of the call and its answer. So:
/// <list type="bullet">
/// <item>Over all chats, a message counts against the <c>GlobalMessagesPerSecond</c> from the
/// moment its call starts until one second after its answer came back, and a call starts only
/// while fewer than that many count. Any one-second window at Telegram then holds at most that
/// many arrivals, whatever the round trip and its jitter: of the messages arriving in a window,
/// the last to start did so before the window ended, and every other one was answered no earlier
/// than the window's start, so all of them still counted when it started. The margin is the round
/// trip itself: at 150 ms the cap is 30 / 1.15 ≈ 26 messages a second.</item>
/// <item>Per chat, the next message starts no sooner than the interval after the previous one's
/// answer (1 s to a private chat, 3 s to a group: Telegram's 20 a minute), so arrivals are at
/// least the interval apart.</item>
/// <item>A 429 delays that chat by its <c>retry_after</c>; when two different chats are told to
/// wait within one second, the flood is the bot's as a whole and every chat waits.</item>
/// </list>
/// Nothing here waits: <see cref="TryStart"/> either counts the message or says when to come
/// back, and the dispatcher sets the conversation aside until then.
/// </summary>
internal sealed class TelegramPacer(IOptions<TelegramOptions> options, TimeProvider clock)
{
    private const int SweepThreshold = 10_000;
    private static readonly TimeSpan s_window = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<long, ChatPace> _chats = [];
    private readonly Queue<DateTimeOffset> _answered = new();
    private int _unanswered;
    private DateTimeOffset _allUntil = DateTimeOffset.MinValue;
    private (long Chat, DateTimeOffset At)? _lastTooMany;

    /// <summary>Messages counted in the global window now (started, or answered less than a second ago).</summary>
    public int Counted
    {
        get
        {
            lock (_lock)
            {
                ExpireLocked(clock.GetUtcNow());
                return _unanswered + _answered.Count;
            }
        }
    }

    /// <summary>When a message to the chat may start; null for now.</summary>
    public DateTimeOffset? NotBefore(long chatId)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var at = NotBeforeLocked(chatId, now);
            return at > now ? at : null;
        }
    }

    /// <summary>
    /// Counts a message to the chat as started when the limits allow it now; otherwise false and
    /// when to try again. Every true must be followed by <see cref="Answered"/>.
    /// </summary>
    public bool TryStart(long chatId, out DateTimeOffset notBefore)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            notBefore = NotBeforeLocked(chatId, now);
            if (notBefore > now)
            {
                return false;
            }

            Chat(chatId).Busy = true;
            if (Limit > 0)
            {
                _unanswered++;
            }

            return true;
        }
    }

    /// <summary>
    /// The call started by <see cref="TryStart"/> has its answer (or failed): the chat's next
    /// message may start an interval from now, and the message leaves the global count a second
    /// from now. <paramref name="retryAfter"/>: Telegram answered 429. Not
    /// <paramref name="delivered"/> (an error such as 403): the chat got nothing, so its spacing
    /// does not start, but the call still counts in the global window (it may have arrived).
    /// </summary>
    public void Answered(long chatId, TimeSpan? retryAfter = null, bool delivered = true)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var chat = Chat(chatId);
            chat.Busy = false;
            if (delivered)
            {
                chat.Next = Later(chat.Next, now + Interval(chatId));
            }

            if (Limit > 0)
            {
                _unanswered = Math.Max(0, _unanswered - 1);
                _answered.Enqueue(now);
            }

            if (retryAfter is { } after)
            {
                var until = now + after;
                chat.Next = Later(chat.Next, until);
                if (_lastTooMany is { } last && last.Chat != chatId && now - last.At < s_window)
                {
                    _allUntil = Later(_allUntil, until);
                }

                _lastTooMany = (chatId, now);
            }

            if (_chats.Count > SweepThreshold)
            {
                foreach (var (id, _) in _chats.Where(p => !p.Value.Busy && p.Value.Next < now).ToList())
                {
                    _chats.Remove(id);
                }
            }
        }
    }

    private int Limit => options.Value.GlobalMessagesPerSecond;

    private DateTimeOffset NotBeforeLocked(long chatId, DateTimeOffset now)
    {
        var at = Later(now, _allUntil);
        if (_chats.TryGetValue(chatId, out var chat))
        {
            // Busy: another conversation's message to this chat (the staff group) is on its way;
            // its answer sets the time, so look again an interval later at the latest.
            at = Later(at, chat.Busy ? now + Interval(chatId) : chat.Next);
        }

        if (Limit > 0)
        {
            ExpireLocked(now);
            var counted = _unanswered + _answered.Count;
            if (counted >= Limit)
            {
                // Room comes when enough answered messages leave the window; messages still on
                // their way leave it no sooner than a second from now.
                var leave = counted - Limit;
                at = Later(at, leave < _answered.Count ? _answered.ElementAt(leave) + s_window : now + s_window);
            }
        }

        return at;
    }

    private void ExpireLocked(DateTimeOffset now)
    {
        while (_answered.TryPeek(out var answered) && answered + s_window <= now)
        {
            _answered.Dequeue();
        }
    }

    private ChatPace Chat(long chatId)
    {
        if (!_chats.TryGetValue(chatId, out var chat))
        {
            chat = new ChatPace();
            _chats[chatId] = chat;
        }

        return chat;
    }

    private TimeSpan Interval(long chatId) =>
        TimeSpan.FromSeconds(chatId < 0 ? options.Value.GroupIntervalSeconds : options.Value.PerChatIntervalSeconds);

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed class ChatPace
    {
        public DateTimeOffset Next = DateTimeOffset.MinValue;
        public bool Busy;
    }
}
