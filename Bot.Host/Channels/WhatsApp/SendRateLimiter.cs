namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// A token bucket on the host clock: at most <c>perSecond</c> messages per second from the
/// sender, with a burst of one second's worth, and a pause for the whole sender after Twilio's
/// "too many requests" (429 / 20429). Nothing here waits: a send that finds no token answers
/// "not yet" with the time of the next one, and the dispatcher sets its conversation aside.
/// </summary>
internal sealed class SendRateLimiter(int perSecond, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private double _tokens = perSecond;
    private long _last = clock.GetTimestamp();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>Takes a token; otherwise the time until the next one (or the end of a pause).</summary>
    internal TimeSpan TryTake()
    {
        lock (_lock)
        {
            var wait = WaitLocked();
            if (wait <= TimeSpan.Zero)
            {
                _tokens -= 1;
            }

            return wait;
        }
    }

    /// <summary>When the next message may go; null for now. Takes nothing.</summary>
    internal DateTimeOffset? NotBefore()
    {
        lock (_lock)
        {
            var wait = WaitLocked();
            return wait > TimeSpan.Zero ? clock.GetUtcNow() + wait : null;
        }
    }

    /// <summary>Twilio said "too many requests": no message from this sender before <paramref name="after"/> has passed.</summary>
    internal DateTimeOffset Pause(TimeSpan after)
    {
        lock (_lock)
        {
            var until = clock.GetUtcNow() + after;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }

            return _pausedUntil;
        }
    }

    private TimeSpan WaitLocked()
    {
        var now = clock.GetTimestamp();
        _tokens = Math.Min(perSecond, _tokens + (clock.GetElapsedTime(_last, now).TotalSeconds * perSecond));
        _last = now;
        var paused = _pausedUntil - clock.GetUtcNow();
        if (paused > TimeSpan.Zero)
        {
            return paused;
        }

        return _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / perSecond);
    }
}
