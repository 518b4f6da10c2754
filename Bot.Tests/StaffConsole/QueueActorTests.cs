using Bot.Host.Queue;
using Bot.Host.Staff.Accounts;
using Bot.Tests.Infrastructure;
using Bot.Tests.Queue;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.StaffConsole;

/// <summary>Who recalled, skipped and finished a queue number is recorded like who called it.</summary>
public sealed class QueueActorTests
{
    [Fact]
    public async Task RecallSkipAndDoneRecordTheConsoleAccountTheTelegramUserAndTheApiKey()
    {
        await using var host = await QueueHost.StartAsync();
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);
        await console.SignInAsync("petugas@bps.test");
        await QueueHost.TakeOnWebChatAsync(host.NewChat());
        await QueueHost.TakeOnWebChatAsync(host.NewChat());
        var numbers = (await TicketsAsync(host)).Select(t => t.Number).ToList();

        // The first number: called, recalled and finished at the console.
        await console.PostFormAsync("/staff/antrean/panggil", "/staff/antrean", ("counter", "1"));
        await console.PostFormAsync($"/staff/antrean/{numbers[0]}/recall", "/staff/antrean");
        await console.PostFormAsync($"/staff/antrean/{numbers[0]}/done", "/staff/antrean");

        // The second: called with the API key, recalled from the Telegram group, skipped with the key.
        await QueueHost.CallAsync(host, "2");
        await host.StaffSaysAsync($"/ulang {numbers[1]}", staff: "Budi Santoso");
        host.Factory.Clock.Advance(TimeSpan.FromMinutes(6));
        var skipped = await QueueHost.ActAsync(host, numbers[1], "skip");
        var tickets = await TicketsAsync(host);

        skipped.EnsureSuccessStatusCode();
        var first = tickets[0];
        var second = tickets[1];
        Assert.Equal(QueueTicketStatus.Done, first.Status);
        Assert.Equal(("staff:petugas@bps.test", "staff:petugas@bps.test", "staff:petugas@bps.test"), (first.CalledBy, first.RecalledBy, first.DoneBy));
        Assert.Null(first.SkippedBy);
        Assert.Equal(QueueTicketStatus.Skipped, second.Status);
        // StaffDeskHost's Telegram user id for "Budi Santoso" is 4242 + the name's length.
        Assert.Equal((StaffKeyHandler.ActorId, "telegram:4254", StaffKeyHandler.ActorId), (second.CalledBy, second.RecalledBy, second.SkippedBy));
        Assert.Null(second.DoneBy);
    }

    private static Task<List<QueueTicket>> TicketsAsync(Complaints.StaffDeskHost host) =>
        host.Factory.QueryAsync(db => db.Set<QueueTicket>().AsNoTracking().OrderBy(t => t.Id).ToListAsync());
}
