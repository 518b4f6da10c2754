using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Telegram;

/// <summary>
/// The send path at Telegram's pace, through the real host and the real Telegram.Bot client
/// against the Bot API double, on the host's fake clock: waiting for a limit never holds up
/// another conversation, and the limits hold as Telegram counts them (at arrival).
/// </summary>
public sealed class SendPaceTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task ABacklogOfTwoHundredRepliesOverFortyChatsDrainsAtTelegramsLimit()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var rows = await EnqueueBacklogAsync(host, chats: 40, perChat: 5);

        await WaitUntil.TrueAsync(() => Sent(host).Count >= 30, "the first second's messages");
        await host.StepClockUntilAsync(() => Sent(host).Count >= rows, s_step);

        var sent = Sent(host);
        Assert.Equal(rows, sent.Count);
        AssertWithinTelegramsLimits(sent);
        AssertInOrderPerChat(sent, perChat: 5);
        var drain = sent.Max(c => c.At) - sent.Min(c => c.At);
        // 30 a second: 200 messages go in seven batches a second apart; the host keeps to it without idling.
        Assert.InRange(drain.TotalSeconds, 6.0, 8.0);
    }

    [Fact]
    public async Task AChatWaitingItsSpacingDoesNotDelayAnotherChatsReplyEvenWithOneSendSlot()
    {
        await using var host = await TelegramTestHost.StartAsync(new Dictionary<string, string?> { ["Worker:MaxInFlightSends"] = "1" });
        const long busy = 700_001, other = 700_002;
        for (var i = 1; i <= 3; i++)
        {
            await host.EnqueueReplyAsync(new Outbound($"busy {i}"), busy);
        }

        await WaitUntil.TrueAsync(() => host.Api.CallsTo("sendMessage", "700001").Count == 1, "the busy chat's first reply");
        var start = host.Factory.Clock.GetUtcNow();
        await host.EnqueueReplyAsync(new Outbound("other"), other);

        // The clock stands still: the other chat's reply goes while the busy chat waits its second.
        var reply = await host.Api.WaitForCallsAsync("sendMessage", chatId: "700002");
        Assert.Equal(start, reply[0].At);
        Assert.Single(host.Api.CallsTo("sendMessage", "700001"));

        await host.StepClockUntilAsync(() => host.Api.CallsTo("sendMessage", "700001").Count == 3, s_step);
        var busyTimes = host.Api.CallsTo("sendMessage", "700001").Select(c => c.At).ToList();
        Assert.All(busyTimes.Zip(busyTimes.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task ATooManyRequestsForOneChatDoesNotStopTheOthers()
    {
        await using var host = await TelegramTestHost.StartAsync();
        host.Api.RespondTooManyRequests("sendMessage", retryAfterSeconds: 30, chatId: "710001");
        var limited = await host.EnqueueReplyAsync(new Outbound("nanti"), 710_001);
        await WaitUntil.TrueAsync(() => host.Api.CallsTo("sendMessage", "710001").Count == 1, "the 429");
        var refusedAt = host.Factory.Clock.GetUtcNow();

        for (var chat = 710_002; chat <= 710_006; chat++)
        {
            await host.EnqueueReplyAsync(new Outbound("sekarang"), chat);
        }

        await WaitUntil.TrueAsync(() => Sent(host).Count == 5, "the other chats' replies");
        Assert.All(Sent(host), c => Assert.Equal(refusedAt, c.At));

        await host.StepClockUntilAsync(() => Sent(host).Count == 6, TimeSpan.FromMilliseconds(500));
        var late = Assert.Single(Sent(host), c => c.ChatId == "710001");
        Assert.True(late.At - refusedAt >= TimeSpan.FromSeconds(30), $"sent {late.At - refusedAt} after the 429");
        var row = await host.WaitForOutboxAsync(limited, r => r.Status == OutboxStatus.Sent);
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task RepliesKeepTheirOrderWithinAConversationWithSeveralSendsInFlight()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var random = new Random(1701);
        host.Api.Latency = () => Draw(random, 20, 300);
        var rows = await EnqueueBacklogAsync(host, chats: 20, perChat: 6);

        await WaitUntil.TrueAsync(() => host.Api.InTransit >= 12, "twelve sends in flight");
        await host.StepClockUntilAsync(() => Sent(host).Count >= rows, s_step);

        var sent = Sent(host);
        AssertInOrderPerChat(sent, perChat: 6);
        AssertWithinTelegramsLimits(sent);
        Assert.Equal(12, host.Api.MostInTransit);
        Assert.False(host.Api.OverlapWithinAChat);
    }

    [Fact]
    public async Task TheThirtyPerSecondWindowHoldsUnderLatencyAndJitterEveryTime()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var random = new Random(30);
        var sentBefore = 0;
        for (var round = 0; round < 6; round++)
        {
            // Each round its own spread of round trips: from a fast link to a slow, jittery one.
            var slowest = 50 + (round * 250);
            host.Api.Latency = () => Draw(random, 0, slowest);
            var rows = await EnqueueBacklogAsync(host, chats: 45, perChat: 2, firstChat: 800_000 + (round * 100), tag: round);
            await WaitUntil.TrueAsync(() => host.Scheduler.Known + Sent(host).Count - sentBefore >= 45, "the round's conversations");
            await host.StepClockUntilAsync(() => Sent(host).Count >= sentBefore + rows, TimeSpan.FromMilliseconds(20 + (round * 10)));
            sentBefore += rows;
        }

        var sent = Sent(host);
        Assert.Equal(sentBefore, sent.Count);
        AssertWithinTelegramsLimits(sent);
    }

    /// <summary>Time to arrival and from arrival to answer; the double's requests draw at the same time.</summary>
    private static (TimeSpan, TimeSpan) Draw(Random random, int minMs, int maxMs)
    {
        lock (random)
        {
            return (TimeSpan.FromMilliseconds(random.Next(minMs, maxMs)), TimeSpan.FromMilliseconds(random.Next(minMs, maxMs)));
        }
    }

    private static List<BotApiCall> Sent(TelegramTestHost host) =>
        host.Api.CallsTo("sendMessage").Where(c => c.Succeeded).ToList();

    private static async Task<int> EnqueueBacklogAsync(TelegramTestHost host, int chats, int perChat, long firstChat = 600_000, int tag = 0)
    {
        // Row by row as turns would commit them: each chat's replies in order, chats interleaved.
        for (var n = 1; n <= perChat; n++)
        {
            for (var c = 0; c < chats; c++)
            {
                await host.EnqueueReplyAsync(new Outbound($"{tag}:{n}"), firstChat + c);
            }
        }

        return chats * perChat;
    }

    /// <summary>At most 30 arrivals in any one second overall, and a second between two to one chat.</summary>
    private static void AssertWithinTelegramsLimits(List<BotApiCall> sent)
    {
        var times = sent.Select(c => c.At).Order().ToList();
        var busiest = 0;
        for (int first = 0, last = 0; first < times.Count; first++)
        {
            while (last < times.Count && times[last] < times[first] + TimeSpan.FromSeconds(1))
            {
                last++;
            }

            busiest = Math.Max(busiest, last - first);
        }

        Assert.True(busiest <= 30, $"{busiest} messages in one second");
        foreach (var chat in sent.GroupBy(c => c.ChatId))
        {
            var at = chat.Select(c => c.At).Order().ToList();
            Assert.All(at.Zip(at.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromSeconds(1), $"chat {chat.Key}: {p.First:ss.fff} then {p.Second:ss.fff}"));
        }
    }

    private static void AssertInOrderPerChat(List<BotApiCall> sent, int perChat)
    {
        foreach (var chat in sent.GroupBy(c => c.ChatId))
        {
            var numbers = chat.OrderBy(c => c.At).Select(c => int.Parse(c.Text!.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Enumerable.Range(1, perChat), numbers);
        }
    }
}
