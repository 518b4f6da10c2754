using Bot.Host.Queue;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Queue;

/// <summary>Numbers under concurrent takers on both stores, one active number per visitor, and the daily restart in WITA.</summary>
public sealed class QueueNumberTests
{
    private const int Takers = 24;

    [Fact]
    public async Task ConcurrentTakersGetDistinctConsecutiveNumbersOnSqlite()
    {
        using var factory = new BotFactory();
        await AssertConcurrentTakersAsync(factory);
    }

    [PostgresFact]
    public async Task ConcurrentTakersGetDistinctConsecutiveNumbersOnPostgres()
    {
        using var factory = new TestHostBuilder(TestStore.Postgres).Build();
        await AssertConcurrentTakersAsync(factory);
    }

    [Fact]
    public async Task AVisitorTakingTwiceAtOnceHoldsOneNumberOnSqlite()
    {
        using var factory = new BotFactory();
        await AssertOneActiveNumberAsync(factory);
    }

    [PostgresFact]
    public async Task AVisitorTakingTwiceAtOnceHoldsOneNumberOnPostgres()
    {
        using var factory = new TestHostBuilder(TestStore.Postgres).Build();
        await AssertOneActiveNumberAsync(factory);
    }

    [Fact]
    public async Task NumbersRestartAtMidnightWitaNotUtc()
    {
        using var factory = new BotFactory();
        var numbers = factory.Services.GetRequiredService<QueueNumbers>();

        // 23:59 WITA on 2 March is 15:59 UTC; 00:01 WITA on 3 March is still 2 March in UTC.
        factory.Clock.Advance(TimeSpan.FromHours(14) + TimeSpan.FromMinutes(59));
        var late1 = await TakeAsync(numbers, factory, "webchat:a", "P");
        var late2 = await TakeAsync(numbers, factory, "webchat:b", "P");
        var otherService = await TakeAsync(numbers, factory, "webchat:c", "K");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var nextDay = await TakeAsync(numbers, factory, "webchat:d", "P");
        var sameVisitorNextDay = await TakeAsync(numbers, factory, "webchat:a", "P");

        Assert.Equal(["P-001", "P-002", "K-001"], [late1.Ticket.Number, late2.Ticket.Number, otherService.Ticket.Number]);
        Assert.Equal(new DateOnly(2026, 3, 2), late1.Ticket.Day);
        Assert.Equal("P-001", nextDay.Ticket.Number);
        Assert.Equal(new DateOnly(2026, 3, 3), nextDay.Ticket.Day);
        Assert.False(sameVisitorNextDay.AlreadyHad);
        Assert.Equal("P-002", sameVisitorNextDay.Ticket.Number);
    }

    private static async Task AssertConcurrentTakersAsync(BotFactory factory)
    {
        var numbers = factory.Services.GetRequiredService<QueueNumbers>();
        using var start = new ManualResetEventSlim();

        var takers = Enumerable.Range(0, Takers)
            .Select(i => Task.Run(async () =>
            {
                start.Wait();
                return await TakeAsync(numbers, factory, $"webchat:visitor{i}", "P");
            }))
            .ToList();
        start.Set();
        var taken = await Task.WhenAll(takers);

        var stored = await factory.QueryAsync(db => db.Set<QueueTicket>().AsNoTracking().OrderBy(t => t.Seq).ToListAsync());
        Assert.Equal(Takers, stored.Count);
        Assert.Equal(Enumerable.Range(1, Takers), stored.Select(t => t.Seq));
        Assert.Equal(Takers, taken.Select(t => t.Ticket.Number).Distinct().Count());
        Assert.All(taken, t => Assert.False(t.AlreadyHad));
        Assert.Equal(stored.Select(t => t.Number).Order(), taken.Select(t => t.Ticket.Number).Order());
    }

    private static async Task AssertOneActiveNumberAsync(BotFactory factory)
    {
        var numbers = factory.Services.GetRequiredService<QueueNumbers>();
        var tries = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => TakeAsync(numbers, factory, "telegram:4711", "P"))));

        Assert.Single(tries.Select(t => t.Ticket.Number).Distinct());
        Assert.Single(tries, t => !t.AlreadyHad);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<QueueTicket>().CountAsync()));
    }

    internal static Task<(QueueTicket Ticket, bool AlreadyHad)> TakeAsync(QueueNumbers numbers, BotFactory factory, string conversationId, string service)
    {
        var now = factory.Clock.GetUtcNow();
        return numbers.TakeAsync(
            new QueueTicket { Day = Bot.Dialogs.Model.Wita.Today(now), Service = service, Number = "", ConversationId = conversationId, Channel = "webchat", TakenAt = now },
            CancellationToken.None);
    }
}
