using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

public sealed class IdleExpiryTests : IDisposable
{
    private readonly BotFactory _factory = new(new Dictionary<string, string?> { ["Conversation:IdleMinutes"] = "30" });

    [Fact]
    public async Task AConversationIdleForThirtyMinutesStartsAgainPolitely()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.ChooseAsync("m:info");

        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var replies = await chat.SayAsync("4");

        Assert.Contains("lama tidak aktif", replies.AllText());
        Assert.DoesNotContain("gratis", replies.AllText());
    }

    [Fact]
    public async Task AConversationIdleForLessThanThirtyMinutesContinues()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.ChooseAsync("m:info");

        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        var replies = await chat.SayAsync("4");

        Assert.DoesNotContain("lama tidak aktif", replies.AllText());
        Assert.Contains("gratis", replies.AllText());
    }

    public void Dispose() => _factory.Dispose();
}
