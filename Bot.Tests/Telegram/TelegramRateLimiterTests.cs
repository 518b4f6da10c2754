using Bot.Host.Channels.Telegram;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

public sealed class TelegramRateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly TelegramRateLimiter _limiter;

    public TelegramRateLimiterTests() =>
        _limiter = new TelegramRateLimiter(Options.Create(new TelegramOptions()), _clock);

    [Fact]
    public async Task TheFirstMessageToAChatGoesAtOnce()
    {
        var wait = _limiter.WaitAsync(42, CancellationToken.None);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    [Fact]
    public async Task TheNextMessageToTheSameChatWaitsASecondOnTheClock()
    {
        await _limiter.WaitAsync(42, CancellationToken.None);

        var second = _limiter.WaitAsync(42, CancellationToken.None);
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void NoGlobalLimitSpacesNothingOverAllChats()
    {
        var unlimited = new TelegramRateLimiter(Options.Create(new TelegramOptions { GlobalMessagesPerSecond = 0 }), _clock);

        var waits = Enumerable.Range(1, 2000).Select(chat => unlimited.ReserveGlobal(chat)).ToList();

        Assert.All(waits, wait => Assert.Equal(TimeSpan.Zero, wait));
    }

    [Fact]
    public async Task OtherChatsDoNotWaitForABusyChat()
    {
        await _limiter.WaitAsync(42, CancellationToken.None);
        var busy = _limiter.WaitAsync(42, CancellationToken.None);

        var other = _limiter.WaitAsync(43, CancellationToken.None);

        Assert.False(busy.IsCompleted);
        Assert.True(other.IsCompletedSuccessfully);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await busy.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void GroupsGetOneMessageEveryThreeSeconds()
    {
        Assert.Equal(TimeSpan.Zero, _limiter.ReserveChat(-100123));
        Assert.Equal(TimeSpan.FromSeconds(3), _limiter.ReserveChat(-100123));
    }

    [Fact]
    public void NoMoreThanThirtyMessagesGoInAnyOneSecond()
    {
        var waits = Enumerable.Range(1, 61).Select(chat => _limiter.ReserveGlobal(chat)).ToList();

        Assert.All(waits.Take(30), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.All(waits.Skip(30).Take(30), w => Assert.Equal(TimeSpan.FromSeconds(1), w));
        Assert.Equal(TimeSpan.FromSeconds(2), waits[60]);
    }

    [Fact]
    public void TheWindowSlidesWithTheClock()
    {
        for (var chat = 1; chat <= 30; chat++)
        {
            _limiter.ReserveGlobal(chat);
        }

        _clock.Advance(TimeSpan.FromMilliseconds(400));

        Assert.Equal(TimeSpan.FromMilliseconds(600), _limiter.ReserveGlobal(31));
    }

    [Fact]
    public async Task AWaitingSendIsQueuedNotDropped()
    {
        for (var chat = 1; chat <= 30; chat++)
        {
            await _limiter.WaitAsync(chat, CancellationToken.None);
        }

        var queued = _limiter.WaitAsync(31, CancellationToken.None);

        Assert.False(queued.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await queued.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
