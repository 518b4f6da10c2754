using System.Net.Http.Headers;
using System.Text;
using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

/// <summary>The real host wired to a Telegram Bot API double, in Webhook mode unless told otherwise.</summary>
internal sealed class TelegramTestHost : IAsyncDisposable
{
    public const string Secret = "s3cret_Tok-en_0123456789abcdefghijk";

    private TelegramTestHost(TelegramBotApiDouble api, BotFactory factory)
    {
        Api = api;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public TelegramBotApiDouble Api { get; }

    public BotFactory Factory { get; }

    public HttpClient Client { get; }

    public static async Task<TelegramTestHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TestStore store = TestStore.Sqlite)
    {
        var api = await TelegramBotApiDouble.StartAsync();
        try
        {
            var factory = new TestHostBuilder(store)
                .WithTelegram(api, Secret)
                .With("Telegram:StaffChatId", TelegramUpdates.StaffChatId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .With(settings)
                .Services(services)
                .Build();
            return new TelegramTestHost(api, factory);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    /// <summary>Posts an update to the webhook as Telegram does (with the secret header unless told otherwise).</summary>
    public async Task<HttpResponseMessage> PostAsync(string json, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram")
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Puts a reply in the outbox of a user's chat, as a turn would.</summary>
    public async Task<long> EnqueueReplyAsync(Outbound reply, long chatId = TelegramUpdates.UserId, string channel = ChannelNames.Telegram)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var key = chatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = ConversationRecord.MakeId(channel, key);
        var conversation = await db.Conversations.FindAsync(id);
        if (conversation is null)
        {
            var now = Factory.Clock.GetUtcNow();
            conversation = new ConversationRecord { Id = id, Channel = channel, Key = key, CreatedAt = now, UpdatedAt = now };
            db.Conversations.Add(conversation);
        }

        var row = scope.ServiceProvider.GetRequiredService<OutboxWriter>().Enqueue(conversation, reply);
        await db.SaveChangesAsync();
        Factory.Services.GetRequiredService<WorkSignals>().Outbox.Set();
        return row.Id;
    }

    /// <summary>Waits (real time, bounded) for an outbox row to reach a state.</summary>
    public Task<OutboxMessage> WaitForOutboxAsync(long id, Func<OutboxMessage, bool> done) => Factory.WaitForOutboxAsync(id, done);

    /// <summary>
    /// Moves the fake clock forward in small steps until the condition holds, giving the host a
    /// moment of real time after each step to do what became due.
    /// </summary>
    public Task AdvanceUntilAsync(Func<bool> done, TimeSpan? step = null) =>
        WaitUntil.TrueAsync(
            done,
            "the condition, moving the clock on",
            () => "Calls: " + string.Join("; ", Api.Calls),
            between: () =>
            {
                Factory.Clock.Advance(step ?? TimeSpan.FromMilliseconds(250));
                return Task.CompletedTask;
            },
            poll: TimeSpan.FromMilliseconds(50));

    /// <summary>The host's send scheduler (the dispatcher has started once the factory's server is up).</summary>
    public SendScheduler Scheduler => Factory.Services.GetRequiredService<OutboxDispatcher>().Scheduler
        ?? throw new InvalidOperationException("The outbox dispatcher has not started.");

    /// <summary>
    /// Moves the fake clock by <paramref name="step"/> each time the host has done everything
    /// that was due (no conversation could start a send now, and every send under way is
    /// waiting out the double's latency), until <paramref name="done"/> holds. So the clock never runs
    /// ahead of a slow machine, and the times the double stamps are the ones the host allowed.
    /// </summary>
    public async Task StepClockUntilAsync(Func<bool> done, TimeSpan step, int maxSteps = 5000)
    {
        // Give up only after maxSteps steps AND a minute of real time: on a starved machine the
        // continuations of the double's timers may run late, so steps alone can run out before
        // the host has had a chance to act. The clock running ahead never hides a breach of
        // Telegram's limits (it spreads the sends out); it only makes this bound a real-time one.
        var giveUpAfter = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        for (var i = 0; i < maxSteps || DateTime.UtcNow < giveUpAfter; i++)
        {
            await WaitUntilQuietAsync();
            if (done())
            {
                return;
            }

            Factory.Clock.Advance(step);
            if (i >= maxSteps)
            {
                await Task.Delay(10);
            }
        }

        var pending = await Factory.QueryAsync(db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending));
        Assert.True(done(), $"Not done after {maxSteps} steps of {step}: {Api.Calls.Count} calls, {pending} rows pending, "
            + $"{Scheduler.InFlight} tokens in use, {Scheduler.Asleep} conversations set aside.");
    }

    /// <summary>Waits (real time, bounded) until nothing that is due is left undone.</summary>
    /// <remarks>Checked every 2 ms: the pacing tests step the clock thousands of times.</remarks>
    public Task WaitUntilQuietAsync() =>
        WaitUntil.TrueAsync(
            () => Scheduler.NoneStartable && Scheduler.Running == Api.InTransit,
            "the host to settle",
            () => $"{Scheduler.Running} running, {Api.InTransit} in transit.",
            poll: TimeSpan.FromMilliseconds(2));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
    }
}
