using System.Net;
using Bot.Host.Queue;
using Bot.Tests.Infrastructure;
using Bot.Tests.Registration;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Queue;

/// <summary>A visit at the office: taking a number in the chat, being called by staff, recall, no-show, done.</summary>
public sealed class QueueVisitTests
{
    [Fact]
    public async Task AWebChatVisitorTakesANumberAndIsCalledToACounterThroughTheStaffApi()
    {
        await using var host = await QueueHost.StartAsync();
        var first = host.NewChat();
        var second = host.NewChat();

        var taken = await QueueHost.TakeOnWebChatAsync(first);
        await first.SayAsync("Nanti saja");
        var secondTaken = await QueueHost.TakeOnWebChatAsync(second);
        var mine = (await second.SayAsync("antrean saya")).AllText();
        var called = await QueueHost.CallAsync(host, "1");
        var calledJson = await QueueHost.JsonAsync(called);
        var recalled = await QueueHost.ActAsync(host, "P-001", "recall");
        var done = await QueueHost.ActAsync(host, "P-001", "done");
        var history = await QueueHost.HistoryAsync(first);

        Assert.Contains("Nomor antrean Anda: P-001 (Perpustakaan)", taken);
        Assert.Contains("Di depan Anda: 0 orang", taken);
        Assert.Contains("isi buku tamu hari ini sekarang", taken);
        Assert.Contains("P-002", secondTaken);
        Assert.Contains("Di depan Anda: 1 orang", secondTaken);
        Assert.Contains("Perkiraan menunggu: ±5 menit", secondTaken);
        Assert.Contains("P-002", mine);
        Assert.Equal(HttpStatusCode.OK, called.StatusCode);
        Assert.Equal("P-001", (string?)calledJson["number"]);
        Assert.Equal("1", (string?)calledJson["counter"]);
        Assert.Contains("Nomor P-001 dipanggil — silakan ke Meja 1", history);
        Assert.Equal(HttpStatusCode.OK, recalled.StatusCode);
        Assert.Contains("Panggilan ulang: nomor P-001 — silakan ke Meja 1", history);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Terima kasih telah berkunjung", history);
        Assert.DoesNotContain("dipanggil", await QueueHost.HistoryAsync(second));
    }

    [Fact]
    public async Task ATelegramVisitorIsCalledFromTheStaffGroupAndASkippedNoShowMayTakeANewNumber()
    {
        await using var host = await QueueHost.StartAsync();

        // The poster's QR code: t.me/<bot>?start=antri arrives as "/start antri".
        await host.UserSaysOnTelegramAsync("/start antri");
        await host.UserSaysOnTelegramAsync(null, button: "q:s:K");
        await host.StaffSaysAsync("/panggil 2 K");
        await host.StaffSaysAsync("/ulang");
        await host.StaffSaysAsync("/lewati K-001");
        host.Factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.StaffSaysAsync("/lewati K-001");
        await host.UserSaysOnTelegramAsync("antri");
        await host.UserSaysOnTelegramAsync(null, button: "q:s:K");

        var toUser = await host.Api.WaitForCallsAsync("sendMessage", chatId: QueueHost.UserChat, where: c => c.Text!.Contains("K-002"));
        var userTexts = string.Join("\n", host.Api.CallsTo("sendMessage", QueueHost.UserChat).Select(c => c.Text));
        var group = string.Join("\n", (await host.Api.WaitForCallsAsync("sendMessage", 4, StaffDeskHostChat())).Select(c => c.Text));
        Assert.Contains("Nomor antrean Anda: K-001 (Konsultasi statistik)", userTexts);
        Assert.Contains("Nomor K-001 dipanggil — silakan ke Meja 2", userTexts);
        Assert.Contains("Panggilan ulang: nomor K-001 — silakan ke Meja 2", userTexts);
        Assert.Contains("ketik \"antri\" untuk mengambil nomor baru", userTexts);
        Assert.NotEmpty(toUser);
        Assert.Contains("K-001 dipanggil ke Meja 2 (buku tamu belum diisi)", group);
        Assert.Contains("K-001 dipanggil ulang ke Meja 2", group);
        Assert.Contains("bisa dilewati mulai 09.05 WITA", group);
        Assert.Contains("K-001 dilewati", group);
        var tickets = await host.Factory.QueryAsync(db => db.Set<QueueTicket>().AsNoTracking().OrderBy(t => t.Id).ToListAsync());
        Assert.Equal([QueueTicketStatus.Skipped, QueueTicketStatus.Waiting], tickets.Select(t => t.Status));
        Assert.Equal(["telegram", "telegram"], tickets.Select(t => t.Channel));
    }

    [Fact]
    public async Task VisitorsWithTheirGuestBookDoneAreCalledFirstAndTheOneBehindTheNextIsToldToGetReady()
    {
        await using var host = await QueueHost.StartAsync();
        var early = host.NewChat();
        var middle = host.NewChat();
        var registrant = new Registrant(host.NewChat(), new MailDrop(host.Factory.DataDir));
        await registrant.RegisterAsync();

        await QueueHost.TakeOnWebChatAsync(early);
        await QueueHost.TakeOnWebChatAsync(middle);
        var third = await QueueHost.TakeOnWebChatAsync(registrant.Chat);
        var purposes = await registrant.Chat.SayAsync("Isi buku tamu sekarang");
        var lookingFor = await registrant.Chat.ChooseAsync(purposes, "Skripsi");
        var signed = (await registrant.Chat.ChooseAsync(lookingFor, "Lewati")).AllText();
        var list = await QueueHost.JsonAsync(await host.StaffApi().GetAsync("/api/staff/queue"));
        var firstCall = await QueueHost.JsonAsync(await QueueHost.CallAsync(host, "1"));
        var secondCall = await QueueHost.JsonAsync(await QueueHost.CallAsync(host, "2"));
        var thirdCall = await QueueHost.JsonAsync(await QueueHost.CallAsync(host, "1"));
        var none = await QueueHost.CallAsync(host, "1");

        Assert.Contains("P-003", third);
        Assert.Contains("Buku tamu hari ini sudah terisi", signed);
        Assert.Contains("nomor P-003 akan dipanggil paling lama 5 menit", signed);
        Assert.Equal(["P-003", "P-001", "P-002"], list["waiting"]!.AsArray().Select(w => (string?)w!["number"]));
        Assert.Equal([true, false, false], list["waiting"]!.AsArray().Select(w => (bool)w!["guestBookDone"]!));
        Assert.Equal(["P-003", "P-001", "P-002"], new[] { firstCall, secondCall, thirdCall }.Select(j => (string?)j["number"]));
        Assert.Contains("tinggal 1 orang di depan nomor P-002", await QueueHost.HistoryAsync(middle));
        Assert.DoesNotContain("tinggal 1 orang", await QueueHost.HistoryAsync(early));
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        var ticket = await host.Factory.QueryAsync(db => db.Set<QueueTicket>().AsNoTracking().SingleAsync(t => t.Number == "P-003"));
        Assert.Equal(host.Factory.Clock.GetUtcNow(), ticket.GuestBookAt);
    }

    [Fact]
    public async Task AVisitorWhoDeletesTheirDataLeavesOnlyTheTimesOfTheirNumber()
    {
        await using var host = await QueueHost.StartAsync();
        var registrant = new Registrant(host.NewChat(), new MailDrop(host.Factory.DataDir));
        await registrant.RegisterAsync();
        await QueueHost.TakeOnWebChatAsync(registrant.Chat);
        await registrant.Chat.SayAsync("Nanti saja");

        await registrant.EraseAsync();
        var called = await QueueHost.CallAsync(host, "1");

        var ticket = await host.Factory.QueryAsync(db => db.Set<QueueTicket>().AsNoTracking().SingleAsync());
        Assert.Null(ticket.UserId);
        Assert.Null(ticket.ConversationId);
        Assert.Equal("P-001", ticket.Number);
        Assert.Equal(HttpStatusCode.OK, called.StatusCode);
    }

    [Fact]
    public async Task OutsideOfficeHoursTheVisitorIsRefusedPolitelyWithTheHours()
    {
        await using var host = await QueueHost.StartAsync();
        var chat = host.NewChat();

        // Monday 09:00 WITA + 7 h = 16:00 WITA, after closing at 15:30.
        host.Factory.Clock.Advance(TimeSpan.FromHours(7));
        var refused = (await chat.SayAsync("antri")).AllText();
        var none = (await chat.SayAsync("antrean saya")).AllText();

        Assert.Contains("hanya bisa diambil pada jam layanan: Senin–Jumat 08.00–15.30 WITA", refused);
        Assert.Contains("belum punya nomor antrean", none);
        Assert.Equal(0, await host.Factory.QueryAsync(db => db.Set<QueueTicket>().CountAsync()));
    }

    [Fact]
    public async Task AVisitorCanGiveTheirNumberUpAndItIsNotCalled()
    {
        await using var host = await QueueHost.StartAsync();
        var chat = host.NewChat();

        await QueueHost.TakeOnWebChatAsync(chat, "Konsultasi");
        var again = (await chat.SayAsync("ambil antrean")).AllText();
        var given = (await chat.SayAsync("batal antrean")).AllText();
        var call = await QueueHost.CallAsync(host, "1");
        var menuItem = (await host.NewChat().SayAsync("halo")).SelectMany(r => r.Choices).Select(c => c.Label);

        Assert.Contains("sudah punya nomor antrean hari ini: K-001", again);
        Assert.Contains("Nomor antrean K-001 sudah dibatalkan", given);
        Assert.Equal(HttpStatusCode.NotFound, call.StatusCode);
        Assert.Contains("Ambil nomor antrean", menuItem);
    }

    [Fact]
    public async Task BadStaffRequestsGetClearProblems()
    {
        await using var host = await QueueHost.StartAsync();

        var noCounter = await host.StaffApi().PostAsync("/api/staff/queue/call", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        var badService = await QueueHost.CallAsync(host, "1", "Z");
        var badNumber = await QueueHost.ActAsync(host, "xyz", "done");
        var unknown = await QueueHost.ActAsync(host, "P-009", "recall");
        var noKey = await host.Factory.CreateClient().GetAsync("/api/staff/queue");

        Assert.Equal(HttpStatusCode.BadRequest, noCounter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badService.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    private static string StaffDeskHostChat() => Complaints.StaffDeskHost.StaffChat;
}
