using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Telegram;

public sealed class TelegramPollingTests : IAsyncLifetime
{
    private TelegramTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TelegramTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Polling",
            ["Telegram:WebhookSecret"] = null,
            ["Telegram:PollingTimeoutSeconds"] = "1",
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PolledUpdatesAreStoredAnsweredAndConfirmedByTheNextOffset()
    {
        _host.Api.EnqueueUpdate(TelegramUpdates.Text(8001, "halo"));
        _host.Api.EnqueueUpdate(TelegramUpdates.Callback(8002, "m:info", chatId: 555000222, queryId: "q-8002"));

        var reply = (await _host.Api.WaitForCallsAsync("sendMessage", chatId: "555000111"))[0];
        await _host.Api.WaitForCallsAsync("answerCallbackQuery", where: c => c.Get("callback_query_id") == "q-8002");
        await _host.Api.WaitForCallsAsync("getUpdates", where: c => c.Get("offset") == "8003");

        Assert.Contains("PST BPS Kota Tarakan", reply.PlainText);
        Assert.Equal(0, _host.Api.PendingUpdates);
        Assert.Equal(2, await _host.Factory.QueryAsync(db => db.Inbox.CountAsync()));
        var firstPoll = _host.Api.CallsTo("getUpdates")[0];
        Assert.Equal("1", firstPoll.Get("timeout"));
        Assert.Equal("[\"message\",\"callback_query\"]", firstPoll.Parameters["allowed_updates"]?.ToJsonString());
    }

    [Fact]
    public async Task PollingFirstRemovesAnyWebhook()
    {
        await _host.Api.WaitForCallsAsync("getUpdates");

        var calls = _host.Api.Calls.Select(c => c.Method).ToList();
        Assert.Single(calls, m => m == "deleteWebhook");
        Assert.True(calls.IndexOf("deleteWebhook") < calls.IndexOf("getUpdates"));
    }

    [Fact]
    public async Task PollingBacksOffAfterAnErrorAndCarriesOn()
    {
        await _host.Api.WaitForCallsAsync("getUpdates");
        _host.Api.Fail(new Infrastructure.BotApiFailure { Method = "getUpdates", ErrorCode = 502, Description = "Bad Gateway", Times = 1 });
        await _host.Api.WaitForCallsAsync("getUpdates", where: c => c.StatusCode == 502);
        _host.Api.EnqueueUpdate(TelegramUpdates.Text(8101, "halo"));

        await _host.AdvanceUntilAsync(() => _host.Api.CallsTo("sendMessage").Count > 0, TimeSpan.FromMilliseconds(500));

        var polls = _host.Api.CallsTo("getUpdates");
        var failedAt = polls.ToList().FindIndex(c => c.StatusCode == 502);
        var (failed, next) = (polls[failedAt], polls[failedAt + 1]);
        Assert.True(next.At - failed.At >= TimeSpan.FromSeconds(1), $"polled again after {next.At - failed.At}");
    }
}
