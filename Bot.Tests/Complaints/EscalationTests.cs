using Bot.Host.Messaging;
using Bot.Host.Tickets;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Complaints;

public sealed class EscalationTests : IAsyncLifetime
{
    private StaffDeskHost _host = null!;

    public async Task InitializeAsync() => _host = await StaffDeskHost.StartAsync();

    [Fact]
    public async Task ATicketFiledOnFridayAfternoonIsEscalatedOnMondayAfterThirtyOfficeMinutes()
    {
        // Arrange: Friday 2026-03-06 15:20 WITA, ten office minutes before closing.
        _host.Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 15, 20, 0, TimeSpan.FromHours(8)));
        var chat = _host.NewChat();
        var number = await ComplaintEscalationFlowTests.FileComplaintAsync(chat, "Belum ada jawaban atas permintaan data.");
        var seen = (await chat.GetAsync()).Max(r => r.Seq);

        // Act + Assert: not due on Friday evening, over the weekend, or at Monday 08:19.
        _host.Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 6, 20, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(0, await CheckAsync());
        _host.Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 8, 19, 0, TimeSpan.FromHours(8)));
        Assert.Equal(0, await CheckAsync());

        // 10 minutes on Friday + 20 on Monday from 08:00: due at 08:20.
        _host.Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 8, 20, 0, TimeSpan.FromHours(8)));
        Assert.Equal(1, await CheckAsync());
        Assert.Equal(0, await CheckAsync());

        // The staff group got it again marked ESKALASI with the buttons; the supervisor a notice;
        // the staff were mailed; the user told.
        var escalation = (await _host.PostsAsync()).Last().Message;
        Assert.Contains("ESKALASI", escalation.Text);
        Assert.Contains(number, escalation.Text);
        Assert.Equal(["tk:" + number, "tc:" + number], escalation.Choices.Select(c => c.Id));
        var (_, notice) = Assert.Single(await _host.PostsAsync(StaffDeskHost.SupervisorChat));
        Assert.Contains($"ESKALASI {number}", notice.Text);
        Assert.Contains("grup staf", notice.Text);
        Assert.Equal(2, await _host.Factory.QueryAsync(db => db.Outbox.CountAsync(m => m.Channel == ChannelNames.Mail)));
        Assert.Contains("belum ditanggapi sesuai target", (await chat.GetAsync(seen)).AllText());
        Assert.DoesNotContain("sedang ditangani", (await chat.GetAsync(seen)).AllText());
        var ticket = await _host.TicketAsync(number);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 8, 20, 0, TimeSpan.FromHours(8)), ticket.EscalatedAt);
        Assert.Contains(ticket.Entries, e => e.Kind == TicketEntryKind.Escalated);
    }

    [Fact]
    public async Task ATakenTicketIsNotEscalatedAndTheUserHearsItIsBeingHandledOnlyWhenTaken()
    {
        var chat = _host.NewChat();
        var number = await ComplaintEscalationFlowTests.FileComplaintAsync(chat, "Wifi ruang baca mati.");
        var seen = (await chat.GetAsync()).Max(r => r.Seq);
        Assert.DoesNotContain("sedang ditangani", (await chat.GetAsync()).AllText());

        await _host.StaffSaysAsync(null, replyTo: await _host.ButtonPostOfAsync(number), button: "tk:" + number);

        Assert.Contains($"Pengaduan {number} sedang ditangani petugas", (await chat.GetAsync(seen)).AllText());

        _host.Factory.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(0, await CheckAsync());
        Assert.Empty(await _host.PostsAsync(StaffDeskHost.SupervisorChat));
    }

    [Fact]
    public async Task AStaffMemberAnswersByReplyingToTheEscalationPost()
    {
        var chat = _host.NewChat();
        var number = await ComplaintEscalationFlowTests.FileComplaintAsync(chat, "Data yang saya minta belum dikirim.");
        _host.Factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await CheckAsync());
        var escalation = await _host.ButtonPostOfAsync(number);
        var seen = (await chat.GetAsync()).Max(r => r.Seq);

        await _host.StaffSaysAsync("Maaf terlambat, datanya kami kirim hari ini.", replyTo: escalation, staff: "Kepala Seksi");

        Assert.Contains("datanya kami kirim hari ini", (await chat.GetAsync(seen)).AllText());
        Assert.Equal("Kepala Seksi", (await _host.TicketAsync(number)).TakenBy);
    }

    [Fact]
    public async Task StaffEmailsMayBeOneCommaSeparatedVariableAsWellAsAList()
    {
        await using var host = await StaffDeskHost.StartAsync(new Dictionary<string, string?> { ["Staff:Emails"] = "kasie@example.test; pst6571@example.test, admin@example.test" });

        await ComplaintEscalationFlowTests.FileComplaintAsync(host.NewChat(), "Loket tutup lebih awal.");

        var recipients = await host.Factory.QueryAsync(db => db.Outbox.Where(m => m.Channel == ChannelNames.Mail).Select(m => m.Recipient).ToListAsync());
        Assert.Equal(["admin@example.test", "kasie@example.test", "pst6571@example.test"], recipients.Order());
    }

    private async Task<int> CheckAsync()
    {
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Escalator>().EscalateDueAsync(CancellationToken.None);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
