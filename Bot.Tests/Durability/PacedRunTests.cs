extern alias bench;

using System.Collections.Concurrent;
using System.Diagnostics;
using bench::Bot.Bench.Load;

namespace Bot.Tests.Durability;

/// <summary>
/// The load driver's paced mode (`load --rate`): updates go out on a fixed timetable, never
/// early, and an update a slow answer made late counts its delay in its end-to-end time.
/// </summary>
public class PacedRunTests
{
    [Fact]
    public async Task UpdatesWaitForTheirTimeAndALateOneCountsItsDelay()
    {
        // 2 chats at 20 updates a second: chat c's update n is due at (2n + c) × 50 ms.
        var plan = new RunPlan(Chats: 2, UpdatesPerChat: 3, Rate: 20);
        var fast = new TimedChannel(TimeSpan.FromMilliseconds(5));
        var result = await new ChatRun(fast, plan).RunAsync([], CancellationToken.None);

        // Never early; and the delay added is no more than how late the update really went out
        // (the channel's clock started first, so it reads a little ahead of the run's).
        foreach (var ((chat, update), started) in fast.Started)
        {
            var due = plan.Due(chat, update)!.Value;
            var exchange = result.Chats[chat][update];
            Assert.True(started >= due - TimeSpan.FromMilliseconds(5), $"chat {chat} update {update} started at {started.TotalMilliseconds} ms, due at {due.TotalMilliseconds} ms");
            Assert.InRange(exchange.EndToEnd - exchange.Acknowledge, TimeSpan.Zero, started - due + TimeSpan.FromMilliseconds(2));
        }

        // Exchanges of 250 ms: chat 0's second update (due at 100 ms) can only start at 250 ms.
        var slow = new TimedChannel(TimeSpan.FromMilliseconds(250));
        var late = await new ChatRun(slow, plan).RunAsync([], CancellationToken.None);
        Assert.True(late.Chats[0][1].EndToEnd >= TimeSpan.FromMilliseconds(390), $"{late.Chats[0][1].EndToEnd}");
        Assert.InRange(late.Chats[0][0].EndToEnd - late.Chats[0][0].Acknowledge, TimeSpan.Zero, slow.Started[(0, 0)] + TimeSpan.FromMilliseconds(2));
    }

    [Fact]
    public void WithoutARateNothingIsScheduled() =>
        Assert.Null(new RunPlan(Chats: 2, UpdatesPerChat: 3).Due(1, 2));

    /// <summary>A channel whose every exchange takes the same time; it notes when each began.</summary>
    private sealed class TimedChannel(TimeSpan duration) : IChatChannel
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public ConcurrentDictionary<(int Chat, int Update), TimeSpan> Started { get; } = new();

        public string Name => "timed";

        public string ConversationId(int chat) => $"timed:{chat}";

        public string ExternalId(int chat, int update) => $"{chat}-{update}";

        public async Task<Exchange> ExchangeAsync(int chat, int update, string text, CancellationToken cancellationToken)
        {
            Started[(chat, update)] = _clock.Elapsed;
            await Task.Delay(duration, cancellationToken);
            return new Exchange(duration, duration, [update], 1);
        }
    }
}
