extern alias bench;

using bench::Bot.Bench.Load;

namespace Bot.Tests.Durability;

public class LoadOptionsTests
{
    [Fact]
    public void TheCommandLineWarmsUpAndRunsTurnsAtOncePerProvider()
    {
        var sqlite = LoadOptions.Parse([]);
        var postgres = LoadOptions.Parse(["--provider", "postgres", "--postgres", "Host=127.0.0.1"]);
        var chosen = LoadOptions.Parse(["--provider", "postgres", "--postgres", "Host=127.0.0.1", "--warmup", "5", "--parallel", "3"]);

        Assert.Equal((40, 8), (sqlite.WarmupSeconds, sqlite.HostParallel));
        Assert.Equal((90, 32), (postgres.WarmupSeconds, postgres.HostParallel));
        Assert.Equal((5, 3), (chosen.WarmupSeconds, chosen.HostParallel));
    }
}
