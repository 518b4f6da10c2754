using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Spaces sends as Telegram asks: one message per interval per chat, and at most N in any one
/// second over all chats. A send that must wait is queued (awaits on the host's clock), never
/// dropped. Waiting happens in two steps, chat first and then the global window, so a chat that
/// must wait does not hold up the others.
/// </summary>
internal sealed class TelegramRateLimiter(IOptions<TelegramOptions> options, TimeProvider clock)
{
    private const int SweepThreshold = 10_000;
    private readonly Lock _lock = new();
    private readonly Dictionary<long, DateTimeOffset> _chatNext = [];
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _lastGlobal = DateTimeOffset.MinValue;

    /// <summary>Waits until a message to the chat may be sent, and counts it as sent.</summary>
    public async Task WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        var chatWait = ReserveChat(chatId);
        if (chatWait > TimeSpan.Zero)
        {
            await Task.Delay(chatWait, clock, cancellationToken);
        }

        var globalWait = ReserveGlobal(chatId);
        if (globalWait > TimeSpan.Zero)
        {
            await Task.Delay(globalWait, clock, cancellationToken);
        }
    }

    /// <summary>The wait before the chat's next message, reserving that slot.</summary>
    internal TimeSpan ReserveChat(long chatId)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var at = _chatNext.TryGetValue(chatId, out var next) && next > now ? next : now;
            _chatNext[chatId] = at + Interval(chatId);
            if (_chatNext.Count > SweepThreshold)
            {
                foreach (var (id, until) in _chatNext.Where(p => p.Value < now).ToList())
                {
                    _chatNext.Remove(id);
                }
            }

            return at - now;
        }
    }

    /// <summary>
    /// The wait before the next message over all chats, reserving that slot: at most N slots in
    /// any one second. Slots are handed out in time order, so the window is a simple queue.
    /// </summary>
    internal TimeSpan ReserveGlobal(long chatId)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var limit = options.Value.GlobalMessagesPerSecond;
            if (limit == 0)
            {
                return TimeSpan.Zero;
            }

            var at = now > _lastGlobal ? now : _lastGlobal;
            while (_recent.Count > 0 && _recent.Peek() <= at - TimeSpan.FromSeconds(1))
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= limit)
            {
                // The oldest of the last N leaves the window one second after it was sent.
                at = _recent.ElementAt(_recent.Count - limit) + TimeSpan.FromSeconds(1);
            }

            _recent.Enqueue(at);
            _lastGlobal = at;

            // A global wait pushes this chat's message later; its next one counts from then.
            var chatNext = at + Interval(chatId);
            if (!_chatNext.TryGetValue(chatId, out var current) || current < chatNext)
            {
                _chatNext[chatId] = chatNext;
            }

            return at - now;
        }
    }

    private TimeSpan Interval(long chatId) =>
        TimeSpan.FromSeconds(chatId < 0 ? options.Value.GroupIntervalSeconds : options.Value.PerChatIntervalSeconds);
}
