using Bot.Host.Channels.WhatsApp;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.WhatsApp;

public sealed class SendRateLimiterTests
{
    [Fact]
    public void EightyMessagesGoAtOnceAndTheEightyFirstWaitsForTheNextToken()
    {
        var clock = new FakeTimeProvider();
        var limiter = new SendRateLimiter(80, clock);

        var immediate = Enumerable.Range(0, 80).Count(_ => limiter.TryTake() == TimeSpan.Zero);
        var wait = limiter.TryTake();

        Assert.Equal(80, immediate);
        Assert.Equal(TimeSpan.FromSeconds(1.0 / 80), wait);
    }

    [Fact]
    public async Task AWaitingSenderGoesOnceTheClockHasMoved()
    {
        var clock = new FakeTimeProvider();
        var limiter = new SendRateLimiter(2, clock);
        await limiter.WaitAsync(CancellationToken.None);
        await limiter.WaitAsync(CancellationToken.None);

        var third = limiter.WaitAsync(CancellationToken.None);
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        await third.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(third.IsCompletedSuccessfully);
    }
}
