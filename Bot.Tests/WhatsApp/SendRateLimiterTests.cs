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
    public void ASenderOutOfTokensIsToldWhenToComeBackAndGoesThen()
    {
        var clock = new FakeTimeProvider();
        var limiter = new SendRateLimiter(2, clock);
        Assert.Equal(TimeSpan.Zero, limiter.TryTake());
        Assert.Equal(TimeSpan.Zero, limiter.TryTake());

        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMilliseconds(500), limiter.NotBefore());
        clock.Advance(TimeSpan.FromMilliseconds(500));

        Assert.Null(limiter.NotBefore());
        Assert.Equal(TimeSpan.Zero, limiter.TryTake());
    }

    [Fact]
    public void TooManyRequestsPausesTheSender()
    {
        var clock = new FakeTimeProvider();
        var limiter = new SendRateLimiter(80, clock);

        limiter.Pause(TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), limiter.TryTake());
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, limiter.TryTake());
    }
}
