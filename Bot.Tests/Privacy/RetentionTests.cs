using Bot.Host.Channels.WebChat;
using Bot.Host.Retention;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Privacy;

/// <summary>Retention:MessageDays on the fake clock: the background job deletes old messages, nothing younger.</summary>
public sealed class RetentionTests : IDisposable
{
    private readonly BotFactory _factory = new(new Dictionary<string, string?> { ["WebChat:SessionIdleMinutes"] = "60" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task MessagesOlderThanTheRetentionAreDeletedByTheBackgroundJobAndYoungerOnesStay()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.SayAsync("halo");
        await chat.SayAsync("biaya");
        var job = _factory.Services.GetRequiredService<RetentionService>();

        _factory.Clock.Advance(TimeSpan.FromDays(89));
        var early = await job.RunOnceAsync(CancellationToken.None);
        var young = new WebChatClient(_factory.CreateClient());
        await young.SayAsync("halo");

        Assert.Equal(0, early);
        Assert.Equal(3, await _factory.QueryAsync(db => db.Inbox.CountAsync()));

        // Two more days: the first chat's messages are 91 days old; the job wakes on the clock.
        _factory.Clock.Advance(TimeSpan.FromDays(2));
        // The session goes last in a run: once it is gone, the run is complete.
        await WaitUntil.TrueAsync(async () => await _factory.QueryAsync(db => db.Set<WebChatSession>().CountAsync(s => s.ConversationKey == chat.ConversationId)) == 0, "the retention job to remove the old chat's session");

        Assert.Equal(0, await _factory.QueryAsync(db => db.Inbox.CountAsync(m => m.ConversationId == "webchat:" + chat.ConversationId)));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Outbox.CountAsync(m => m.ConversationId == "webchat:" + chat.ConversationId)));
        Assert.Equal(1, await _factory.QueryAsync(db => db.Inbox.CountAsync()));
        Assert.NotEqual(0, await _factory.QueryAsync(db => db.Outbox.CountAsync(m => m.ConversationId == "webchat:" + young.ConversationId)));
        Assert.Equal(2, await _factory.QueryAsync(db => db.Conversations.CountAsync()));
    }
}
