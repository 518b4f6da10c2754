extern alias bench;

using bench::Bot.Bench.Load;
using Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bot.Tests.Durability;

/// <summary>SIGTERM to a real host process under load: it exits cleanly, and after the restart every message is answered once, in order.</summary>
[Collection(HostProcessCollection.Name)]
public sealed class ShutdownTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SigtermUnderLoadExitsWithZeroAndAfterRestartEveryMessageIsAnsweredOnceInOrder()
    {
        var options = new LoadOptions { Chats = 40, Updates = 15, Seconds = null, Kills = 2, Signal = "term", Seed = Environment.TickCount, Parallel = 16 };

        var report = await LoadCommand.RunAsync(options, new OutputWriter(output), CancellationToken.None);

        Assert.Equal(2, report.Kills);
        Assert.Equal([0, 0], report.ExitCodes);
        Assert.True(report.Delivery.Ok, report.Delivery.ToString());
        Assert.Equal(600, report.Delivery.Turns);
        Assert.Equal(0, report.Run.ChatsOutOfOrder);
        Assert.Equal(0, report.Run.UpdatesWithoutReply);
    }
}
