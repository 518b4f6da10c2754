namespace Bot.Host.Channels.WhatsApp;

/// <summary>
/// A token bucket on the host clock: at most <c>perSecond</c> messages per second from the
/// sender, with a burst of one second's worth. Callers wait for a token rather than fail, so a
/// burst of replies costs no delivery attempts.
/// </summary>
internal sealed class SendRateLimiter(int perSecond, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private double _tokens = perSecond;
    private long _last = clock.GetTimestamp();

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, clock, cancellationToken);
        }
    }

    /// <summary>Takes a token; otherwise the time until the next one.</summary>
    internal TimeSpan TryTake()
    {
        lock (_lock)
        {
            var now = clock.GetTimestamp();
            _tokens = Math.Min(perSecond, _tokens + (clock.GetElapsedTime(_last, now).TotalSeconds * perSecond));
            _last = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return TimeSpan.Zero;
            }

            return TimeSpan.FromSeconds((1 - _tokens) / perSecond);
        }
    }
}
