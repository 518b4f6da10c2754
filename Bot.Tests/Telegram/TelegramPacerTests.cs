using Bot.Host.Channels.Telegram;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Telegram;

public sealed class TelegramPacerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly TelegramPacer _pacer;

    public TelegramPacerTests() =>
        _pacer = new TelegramPacer(Options.Create(new TelegramOptions()), _clock);

    [Fact]
    public void TheFirstMessageToAChatStartsAtOnce()
    {
        Assert.Null(_pacer.NotBefore(42));
        Assert.True(_pacer.TryStart(42, out _));
    }

    [Fact]
    public void TheNextMessageToTheSameChatWaitsASecondFromTheAnswer()
    {
        Assert.True(_pacer.TryStart(42, out _));
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        _pacer.Answered(42);

        Assert.False(_pacer.TryStart(42, out var notBefore));
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(1), notBefore);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(_pacer.TryStart(42, out _));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(_pacer.TryStart(42, out _));
    }

    [Fact]
    public void OtherChatsDoNotWaitForABusyChat()
    {
        Assert.True(_pacer.TryStart(42, out _));
        _pacer.Answered(42);

        Assert.False(_pacer.TryStart(42, out _));
        Assert.True(_pacer.TryStart(43, out _));
    }

    [Fact]
    public void GroupsGetOneMessageEveryThreeSeconds()
    {
        Assert.True(_pacer.TryStart(-100123, out _));
        _pacer.Answered(-100123);

        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(3), _pacer.NotBefore(-100123));
    }

    [Fact]
    public void ThirtyMessagesOnTheirWayFillTheWindowUntilASecondAfterTheirAnswers()
    {
        for (var chat = 1; chat <= 30; chat++)
        {
            Assert.True(_pacer.TryStart(chat, out _));
        }

        Assert.False(_pacer.TryStart(31, out _));
        _clock.Advance(TimeSpan.FromMilliseconds(400));
        for (var chat = 1; chat <= 30; chat++)
        {
            _pacer.Answered(chat);
        }

        // Answered 400 ms after they started; they count for a second after that.
        Assert.False(_pacer.TryStart(31, out var notBefore));
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(1), notBefore);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_pacer.TryStart(31, out _));
    }

    [Fact]
    public void NoGlobalLimitCountsNothingOverAllChats()
    {
        var unlimited = new TelegramPacer(Options.Create(new TelegramOptions { GlobalMessagesPerSecond = 0 }), _clock);

        Assert.All(Enumerable.Range(1, 2000), chat => Assert.True(unlimited.TryStart(chat, out _)));
    }

    [Fact]
    public void ATooManyRequestsDelaysThatChatOnly()
    {
        Assert.True(_pacer.TryStart(42, out _));
        _pacer.Answered(42, TimeSpan.FromSeconds(7));

        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(7), _pacer.NotBefore(42));
        Assert.True(_pacer.TryStart(43, out _));
    }

    [Fact]
    public void TooManyRequestsForTwoChatsWithinASecondDelaysEveryChat()
    {
        Assert.True(_pacer.TryStart(42, out _));
        Assert.True(_pacer.TryStart(43, out _));
        _pacer.Answered(42, TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        _pacer.Answered(43, TimeSpan.FromSeconds(5));

        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromSeconds(5), _pacer.NotBefore(44));
    }

    [Fact]
    public void NoOneSecondWindowEverHoldsMoreThanThirtyArrivalsWhateverTheRoundTrip()
    {
        // Sends from 200 chats with random round trips (10 ms to 2 s) and arrival anywhere within
        // them, on a fake clock; the arrivals are what Telegram counts.
        var random = new Random(17);
        var arrivals = new List<DateTimeOffset>();
        var inFlight = new List<(long Chat, DateTimeOffset Arrive, DateTimeOffset Answer)>();
        for (var step = 0; step < 20_000; step++)
        {
            var now = _clock.GetUtcNow();
            foreach (var done in inFlight.Where(f => f.Answer <= now).ToList())
            {
                _pacer.Answered(done.Chat);
                inFlight.Remove(done);
            }

            var chat = random.Next(1, 200);
            if (!inFlight.Any(f => f.Chat == chat) && _pacer.TryStart(chat, out _))
            {
                var trip = TimeSpan.FromMilliseconds(random.Next(10, 2000));
                arrivals.Add(now + (trip * random.NextDouble()));
                inFlight.Add((chat, arrivals[^1], now + trip));
            }

            _clock.Advance(TimeSpan.FromMilliseconds(random.Next(0, 20)));
        }

        arrivals.Sort();
        var busiest = 0;
        for (int first = 0, last = 0; first < arrivals.Count; first++)
        {
            while (last < arrivals.Count && arrivals[last] < arrivals[first] + TimeSpan.FromSeconds(1))
            {
                last++;
            }

            busiest = Math.Max(busiest, last - first);
        }

        Assert.InRange(busiest, 20, 30);
    }
}
