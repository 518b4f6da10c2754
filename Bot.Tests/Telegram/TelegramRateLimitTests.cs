namespace Bot.Tests.Telegram;

public sealed class TelegramRateLimitTests
{
    [Fact]
    public async Task FiveRepliesToOneChatGoOutAtLeastASecondApart()
    {
        await using var host = await TelegramTestHost.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await host.PostAsync(TelegramUpdates.Text(10_001 + i, "halo"));
        }

        await host.AdvanceUntilAsync(() => host.Api.CallsTo("sendMessage").Count >= 5);
        var times = host.Api.CallsTo("sendMessage").Select(c => c.At).ToList();
        Assert.Equal(5, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromSeconds(1), $"{pair.First:HH:mm:ss.fff} then {pair.Second:HH:mm:ss.fff}"));
    }

    [Fact]
    public async Task RepliesToManyChatsStayWithinThirtyPerSecond()
    {
        await using var host = await TelegramTestHost.StartAsync(new Dictionary<string, string?> { ["Worker:MaxParallelConversations"] = "64" });
        const int chats = 40;

        for (var i = 0; i < chats; i++)
        {
            await host.PostAsync(TelegramUpdates.Text(11_001 + i, "halo", chatId: 600_000 + i));
        }

        await host.AdvanceUntilAsync(() => host.Api.CallsTo("sendMessage").Count >= chats, TimeSpan.FromMilliseconds(100));
        var times = host.Api.CallsTo("sendMessage").Select(c => c.At).Order().ToList();
        Assert.Equal(chats, times.Count);
        var busiestSecond = times.Max(t => times.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1)));
        Assert.True(busiestSecond <= 30, $"{busiestSecond} messages in one second");
        Assert.Equal(chats, host.Api.CallsTo("sendMessage").Select(c => c.ChatId).Distinct().Count());
    }
}
