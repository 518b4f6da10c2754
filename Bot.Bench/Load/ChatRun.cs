using System.Diagnostics;

namespace Bot.Bench.Load;

/// <summary>How much to send: every chat sends its updates one after another (waiting for the replies), chats in parallel.</summary>
/// <param name="Chats">Simulated users.</param>
/// <param name="UpdatesPerChat">Updates per chat (an upper bound when <paramref name="Duration"/> is set).</param>
/// <param name="Duration">Stop starting updates after this long.</param>
/// <param name="Rate">
/// Paced: updates a second over all chats, on a fixed timetable (chat c's update n is due at
/// (n × chats + c) / rate seconds). A chat still waits for its reply before its next update;
/// one that falls behind sends at once, and the delay counts in that update's end-to-end time,
/// so a host that cannot keep up shows it in the latencies, not only in the turns a second.
/// Without a rate each chat sends its next update as soon as the last is answered: the host's
/// most turns a second, at whatever latency that queue makes.
/// </param>
/// <param name="Think">Not paced: how long a person reads the replies before typing again.</param>
/// <param name="Backlog">Each chat posts all its updates at once and then waits for all the replies (Telegram only).</param>
public sealed record RunPlan(int Chats, int UpdatesPerChat, TimeSpan? Duration = null, double? Rate = null, TimeSpan Think = default, bool Backlog = false)
{
    /// <summary>When chat <paramref name="chat"/>'s update <paramref name="update"/> is due after the start; null when not paced.</summary>
    public TimeSpan? Due(int chat, int update) => Rate is { } rate ? TimeSpan.FromSeconds(((double)update * Chats + chat) / rate) : null;
}

/// <summary>What the driver saw: every chat's exchanges in order.</summary>
public sealed record RunResult(IReadOnlyList<IReadOnlyList<Exchange>> Chats, TimeSpan Elapsed)
{
    public int Updates => Chats.Sum(c => c.Count);

    public double TurnsPerSecond => Updates / Elapsed.TotalSeconds;

    public LatencyStats Acknowledge => new(Chats.SelectMany(c => c).Select(e => e.Acknowledge));

    public LatencyStats EndToEnd => new(Chats.SelectMany(c => c).Select(e => e.EndToEnd));

    /// <summary>Chats whose replies did not arrive in strictly increasing order of their keys.</summary>
    public int ChatsOutOfOrder => Chats.Count(c =>
    {
        var keys = c.SelectMany(e => e.ReplyKeys).ToList();
        return keys.Zip(keys.Skip(1)).Any(p => p.First >= p.Second);
    });

    /// <summary>Updates that came back without any reply.</summary>
    public int UpdatesWithoutReply => Chats.Sum(c => c.Count(e => e.ReplyKeys.Count == 0));
}

/// <summary>Plays the users of a <see cref="RunPlan"/> through a channel; optionally does something (a kill) at given progress.</summary>
public sealed class ChatRun(IChatChannel channel, RunPlan plan)
{
    private int _completed;

    /// <summary>Number of updates answered so far.</summary>
    public int Completed => Volatile.Read(ref _completed);

    public async Task<RunResult> RunAsync(IReadOnlyList<(int AtUpdate, Func<Task> Action)> events, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var results = Enumerable.Range(0, plan.Chats).Select(_ => new List<Exchange>()).ToArray();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chats = Enumerable.Range(0, plan.Chats).Select(chat => Task.Run(async () =>
        {
            if (plan.Backlog && channel is TelegramChannel telegram)
            {
                results[chat].AddRange(await telegram.BacklogAsync(chat, plan.UpdatesPerChat, stop.Token));
                Interlocked.Add(ref _completed, plan.UpdatesPerChat);
                return;
            }

            for (var n = 0; n < plan.UpdatesPerChat; n++)
            {
                if (plan.Duration is { } limit && clock.Elapsed >= limit)
                {
                    break;
                }

                var late = TimeSpan.Zero;
                if (plan.Due(chat, n) is { } due)
                {
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, stop.Token);
                    }

                    // (A timer may wake a hair early: that is not "late".)
                    late = TimeSpan.FromTicks(Math.Max(0, (clock.Elapsed - due).Ticks));
                }

                var exchange = await channel.ExchangeAsync(chat, n, ChatScript.Line(chat, n), stop.Token);
                results[chat].Add(exchange with { EndToEnd = exchange.EndToEnd + late });
                Interlocked.Increment(ref _completed);
                if (plan.Think > TimeSpan.Zero && plan.Rate is null)
                {
                    // A person reads the answer before typing the next message.
                    await Task.Delay(plan.Think, stop.Token);
                }
            }
        }, stop.Token)).ToList();

        var driver = Task.Run(async () =>
        {
            foreach (var (at, action) in events.OrderBy(e => e.AtUpdate))
            {
                while (Completed < at && !chats.All(c => c.IsCompleted))
                {
                    await Task.Delay(5, stop.Token);
                }

                // A run that ended before this point (fewer updates than planned) skips it; one
                // that passed it while an earlier restart was still under way still gets it, so
                // a fast run cannot slip out of its kills.
                if (Completed < at)
                {
                    return;
                }

                await action();
            }
        }, stop.Token);

        try
        {
            await Task.WhenAll(chats);
            await driver;
        }
        catch
        {
            stop.Cancel();
            throw;
        }

        return new RunResult(results, clock.Elapsed);
    }
}
