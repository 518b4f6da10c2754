using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Bot.Host.Messaging;
using Bot.Host.Queue;
using Bot.Tests.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Queue;

/// <summary>The five-minute promise measured: the report's arithmetic and the supervisor's notice, on the fake clock.</summary>
public sealed class ServiceTimeTests
{
    private static readonly DateTimeOffset s_nine = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero); // 09:00 WITA

    [Fact]
    public void TheReportCountsWaitsFromTheGuestBookOrTheNumberWhicheverIsLater()
    {
        var tickets = new List<QueueTicket>
        {
            // Guest book before the number: the wait runs from the number (09:02), called 09:05 → 3 min; served 10 min.
            Ticket("P", 1, taken: 2, guestBook: 0, firstCall: 5, lastCall: 5, done: 15),
            // Guest book after the number (09:04), called 09:13 → 9 min; recalled at 09:14, done 09:20 → 6 min.
            Ticket("P", 2, taken: 3, guestBook: 4, firstCall: 13, lastCall: 14, done: 20),
            // No guest book: not measured against the promise, still a visit and served (4 min).
            Ticket("K", 1, taken: 1, guestBook: null, firstCall: 2, lastCall: 2, done: 6),
            // Guest book at 09:10, never called, given up at 09:20 → a broken promise.
            Ticket("P", 3, taken: 10, guestBook: 10, status: QueueTicketStatus.Cancelled, closed: 20),
            // Given up with no guest book: a visit, not measured.
            Ticket("P", 4, taken: 11, guestBook: null, status: QueueTicketStatus.Cancelled, closed: 12),
        };

        var report = ServiceTimeReport.Compute(tickets, s_nine.AddHours(1), promiseMinutes: 5);

        Assert.Equal(5, report.Visits);
        Assert.Equal(3, report.Served);
        Assert.Equal(33.3, report.CalledWithin5MinPct); // 1 of 3 measured (3 min ✓, 9 min ✗, never called ✗)
        Assert.Equal(3.0, report.WaitP50Min);  // nearest rank of [3, 9]: ⌈0.5·2⌉ = 1st
        Assert.Equal(9.0, report.WaitP90Min);  // ⌈0.9·2⌉ = 2nd
        Assert.Equal(6.0, report.ServiceP50Min); // [4, 6, 10] → 2nd
        var day = Assert.Single(report.ByDay);
        Assert.Equal(new DateOnly(2026, 3, 2), day.Day);
        Assert.Equal(5, day.Visits);
    }

    [Fact]
    public async Task TheReportApiMeasuresVisitsServedThroughTheStaffApiOnTheFakeClock()
    {
        await using var host = await QueueHost.StartAsync();
        var numbers = host.Factory.Services.GetRequiredService<QueueNumbers>();
        await TakeWithGuestBookAsync(host, numbers, "webchat:a");
        await TakeWithGuestBookAsync(host, numbers, "webchat:b");

        host.Factory.Clock.Advance(TimeSpan.FromMinutes(4));
        await QueueHost.CallAsync(host, "1");           // P-001 waited 4 min
        host.Factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await QueueHost.CallAsync(host, "2");           // P-002 waited 7 min
        host.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await QueueHost.ActAsync(host, "P-001", "done"); // served 8 min
        await QueueHost.ActAsync(host, "P-002", "done"); // served 5 min

        var json = JsonNode.Parse(await host.StaffApi().GetStringAsync("/api/staff/reports/service-time?from=2026-03-02&to=2026-03-02"))!;
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/staff/reports/service-time?from=2026-03-01&to=2026-03-02");
        csvRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csv = await (await host.StaffApi().SendAsync(csvRequest)).Content.ReadAsStringAsync();
        var bad = await host.StaffApi().GetAsync("/api/staff/reports/service-time?from=2026-03-05&to=2026-03-01");

        Assert.Equal(2, (int?)json["visits"]);
        Assert.Equal(2, (int?)json["served"]);
        Assert.Equal(50.0, (double?)json["calledWithin5MinPct"]);
        Assert.Equal(4.0, (double?)json["waitP50Min"]);
        Assert.Equal(7.0, (double?)json["waitP90Min"]);
        Assert.Equal(5.0, (double?)json["serviceP50Min"]);
        Assert.Equal("2026-03-02", (string?)json["byDay"]![0]!["day"]);
        Assert.Equal(
            "day,visits,served,calledWithin5MinPct,waitP50Min,waitP90Min,serviceP50Min\n2026-03-02,2,2,50.0,4.0,7.0,5.0\n2026-03-01..2026-03-02,2,2,50.0,4.0,7.0,5.0\n",
            csv);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task TheSupervisorIsToldOnceWhenAVisitorWithAGuestBookWaitedLongerThanFiveMinutes()
    {
        await using var host = await QueueHost.StartAsync();
        var numbers = host.Factory.Services.GetRequiredService<QueueNumbers>();
        await TakeWithGuestBookAsync(host, numbers, "webchat:a");
        await QueueNumberTests.TakeAsync(numbers, host.Factory, "webchat:no-guest-book", "P");

        host.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var atFive = await CheckAsync(host);
        host.Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var justAfter = await CheckAsync(host);
        host.Factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var later = await CheckAsync(host);

        Assert.Equal([0, 1, 0], new[] { atFive, justAfter, later });
        var notice = Assert.Single(await host.PostsAsync(StaffDeskHost.SupervisorChat));
        Assert.Contains("nomor P-001 sudah menunggu 5 menit sejak buku tamu terisi (09.00 WITA)", notice.Message.Text);
    }

    private static Task<int> CheckAsync(StaffDeskHost host) =>
        host.Factory.Services.GetRequiredService<QueueWrites>().RunAsync(sp => sp.GetRequiredService<PromiseCheck>().ReportOverdueAsync(CancellationToken.None), CancellationToken.None);

    private static Task TakeWithGuestBookAsync(StaffDeskHost host, QueueNumbers numbers, string conversationId)
    {
        var now = host.Factory.Clock.GetUtcNow();
        return numbers.TakeAsync(
            new QueueTicket { Day = Bot.Dialogs.Model.Wita.Today(now), Service = "P", Number = "", ConversationId = conversationId, Channel = ChannelNames.WebChat, TakenAt = now, GuestBookAt = now },
            CancellationToken.None);
    }

    private static QueueTicket Ticket(string service, int seq, int taken, int? guestBook, int? firstCall = null, int? lastCall = null, int? done = null, QueueTicketStatus status = QueueTicketStatus.Done, int? closed = null) => new()
    {
        Day = new DateOnly(2026, 3, 2),
        Service = service,
        Seq = seq,
        Number = QueueTicket.Format(service, seq),
        Channel = ChannelNames.WebChat,
        Status = status,
        TakenAt = s_nine.AddMinutes(taken),
        GuestBookAt = guestBook is { } g ? s_nine.AddMinutes(g) : null,
        FirstCalledAt = firstCall is { } f ? s_nine.AddMinutes(f) : null,
        LastCalledAt = lastCall is { } l ? s_nine.AddMinutes(l) : null,
        DoneAt = done is { } d ? s_nine.AddMinutes(d) : null,
        ClosedAt = closed is { } c ? s_nine.AddMinutes(c) : null,
    };
}
