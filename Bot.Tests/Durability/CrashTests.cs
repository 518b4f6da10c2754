extern alias bench;

using bench::Bot.Bench.Load;
using Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bot.Tests.Durability;

/// <summary>
/// Real host processes, SIGKILLed at random moments while 100 chats send 3,000 updates through
/// the web chat or Telegram's webhook, restarted, drained, then checked in storage and from the
/// users' side.
/// </summary>
[Collection(HostProcessCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ThreeKillsDuringThreeThousandUpdatesLoseNothingRepeatNothingAndKeepEachChatInOrder()
    {
        var options = new LoadOptions { Chats = 100, Updates = 30, Seconds = null, Kills = 3, Seed = Environment.TickCount, Parallel = 16 };

        var report = await LoadCommand.RunAsync(options, new OutputWriter(output), CancellationToken.None);

        AssertEveryUpdateRanOnceInOrderDespiteThreeKills(report);
    }

    [Fact]
    public async Task ThreeKillsDuringThreeThousandTelegramUpdatesWithSeveralSendsInFlightRepeatAtMostThatManyRepliesPerKill()
    {
        // Telegram's webhook and a Bot API double: the double counts every message it is sent,
        // so a reply sent again after a kill shows as one more than the chat's sent outbox rows.
        // A 20 ms round trip keeps several sends in flight when a kill comes.
        var options = new LoadOptions { Chats = 100, Updates = 30, Seconds = null, Kills = 3, Seed = Environment.TickCount, Parallel = 16, Channel = "telegram", RoundTripMs = 20 };

        var report = await LoadCommand.RunAsync(options, new OutputWriter(output), CancellationToken.None);

        AssertEveryUpdateRanOnceInOrderDespiteThreeKills(report);
        Assert.NotNull(report.Duplicates);
        Assert.Equal(12, options.MaxInFlightSends);
        Assert.True(report.Duplicates.Total <= report.Kills * options.MaxInFlightSends, $"{report.Duplicates.Total} replies sent twice over {report.Kills} kills with {options.MaxInFlightSends} sends in flight");
    }

    [PostgresFact]
    public async Task TwoNodesOnPostgresShareTheWorkAndOneKilledThreeTimesLosesAndRepeatsNothing()
    {
        var options = new LoadOptions
        {
            Chats = 100, Updates = 30, Seconds = null, Kills = 3, Seed = Environment.TickCount, Parallel = 16,
            Provider = "postgres", Nodes = 2, Postgres = PostgresServer.ConnectionString,
        };

        var report = await LoadCommand.RunAsync(options, new OutputWriter(output), CancellationToken.None);

        Assert.Equal(3, report.Kills);
        Assert.Equal(3000, report.Run.Updates);
        Assert.True(report.Delivery.Ok, report.Delivery.ToString());
        Assert.Equal(3000, report.Delivery.Turns);
        Assert.Equal(0, report.Run.ChatsOutOfOrder);
        Assert.True(report.Run.Chats.Sum(c => c.Sum(e => e.Posts - 1)) > 0, "no post was retried on the other node");
    }

    /// <summary>3 kills happened; 3,000 updates, each one turn, each chat answered in order.</summary>
    private static void AssertEveryUpdateRanOnceInOrderDespiteThreeKills(LoadReport report)
    {
        Assert.Equal(3, report.Kills);
        Assert.Equal(3000, report.Run.Updates);
        Assert.True(report.Delivery.Ok, report.Delivery.ToString());
        Assert.Equal(3000, report.Delivery.Turns);
        Assert.Equal(0, report.Run.ChatsOutOfOrder);
        Assert.Equal(0, report.Run.UpdatesWithoutReply);
    }
}
