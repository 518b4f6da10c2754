using Bot.Host.Messaging;

namespace Bot.Tests.Foundation;

/// <summary>Several web chat requests waiting for one message (a client retrying its message id).</summary>
public sealed class TurnCompletionsTests
{
    [Fact]
    public async Task AWaiterThatStopsWaitingDoesNotTakeTheCompletionFromTheOthers()
    {
        var completions = new TurnCompletions();
        var first = completions.Register(7);
        var second = completions.Register(7);

        // The second request was answered from storage (or timed out) and stops waiting.
        completions.Forget(7);
        completions.Complete(7);

        await first.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(second.IsCompletedSuccessfully);
        Assert.Empty(completions.Waiting);
    }

    [Fact]
    public void TheLastWaiterToStopRemovesTheEntry()
    {
        var completions = new TurnCompletions();
        completions.Register(8);
        completions.Register(8);

        completions.Forget(8);
        Assert.Contains(8L, completions.Waiting);
        completions.Forget(8);

        Assert.Empty(completions.Waiting);
    }
}
