using System.Text.RegularExpressions;
using Bot.Host.Messaging;
using Bot.Host.Ratings;
using Bot.Host.Tickets;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Complaints;

public partial class ComplaintEscalationFlowTests : IAsyncLifetime
{
    private readonly TestStore _store;
    private StaffDeskHost _host = null!;

    public ComplaintEscalationFlowTests()
        : this(TestStore.Sqlite)
    {
    }

    /// <param name="store">The store of this run (<see cref="ComplaintEscalationFlowOnPostgresTests"/> runs on PostgreSQL).</param>
    protected ComplaintEscalationFlowTests(TestStore store) => _store = store;

    public async Task InitializeAsync() => _host = await StaffDeskHost.StartAsync(store: _store);

    [StoreFact]
    public async Task AComplaintFromWebChatReachesStaffAndTheConversationRunsBothWaysUntilStaffCloseIt()
    {
        // Arrange: a complaint filed through the web chat.
        var chat = _host.NewChat();
        var number = await FileComplaintAsync(chat, "Email unduhan publikasi tidak pernah sampai.");

        // Assert: the staff group and the staff mailbox received the ticket.
        var (post, message) = Assert.Single(await _host.PostsAsync());
        Assert.Contains(number, message.Text);
        Assert.Contains("Email unduhan publikasi tidak pernah sampai.", message.Text);
        Assert.Equal(["tk:" + number, "tc:" + number], message.Choices.Select(c => c.Id));
        var mail = await _host.Factory.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Channel == ChannelNames.Mail));
        Assert.Equal(StaffDeskHost.StaffMail, mail.Recipient);
        Assert.Contains(number, MessageJson.Deserialize<MailPayload>(mail.Payload).Subject);

        // Act: a staff member replies to the ticket's message in the group.
        var seen = (await chat.GetAsync()).Max(r => r.Seq);
        var telegramMessageId = await _host.MessageIdOfAsync(post.Id);
        var sent = Assert.Single(_host.Api.CallsTo("sendMessage", StaffDeskHost.StaffChat), c => c.PlainText?.Contains(number) == true);
        Assert.Equal(telegramMessageId, sent.MessageId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(("1. Ambil", "tk:" + number), sent.InlineButtons);
        Assert.Contains(("2. Selesai", "tc:" + number), sent.InlineButtons);
        await _host.StaffSaysAsync("Mohon maaf, kami kirim ulang sekarang.", replyTo: telegramMessageId);

        // Assert: the reply appears in the user's chat, with the staff member's first name.
        var answer = Assert.Single(await chat.GetAsync(seen));
        Assert.Contains("Mohon maaf, kami kirim ulang sekarang.", answer.Text);
        Assert.Contains("Budi", answer.Text);
        Assert.DoesNotContain("Santoso", answer.Text);

        // Act: the user answers; while the ticket is open the dialogs stand aside.
        var quiet = await chat.SayAsync("cari inflasi");

        // Assert: nothing answered the user, and staff got the message under the ticket.
        Assert.Empty(quiet);
        Assert.Contains(await _host.PostsAsync(), p => p.Message.Text.Contains("cari inflasi") && p.Message.Text.Contains(number));

        // Act: staff close the ticket.
        seen = (await chat.GetAsync()).Max(r => r.Seq);
        await _host.StaffSaysAsync($"/selesai {number}");

        // Assert: the user is told and asked to rate the handling; the answer is stored for this ticket.
        var closing = await chat.GetAsync(seen);
        Assert.Contains(number, closing.AllText());
        Assert.Contains("diselesaikan", closing.AllText());
        Assert.Equal(["r:1", "r:2", "r:3", "r:4"], closing[^1].Choices.Select(c => c.Id));
        var comment = await chat.SayAsync("4");
        var offer = await chat.ChooseAsync(comment, "Lewati");
        var thanks = await chat.ChooseAsync(offer, "Tidak");
        Assert.Contains("Terima kasih", thanks.AllText());
        var rating = await _host.Factory.QueryAsync(db => db.Set<ServiceRating>().AsNoTracking().SingleAsync());
        Assert.Equal(("ticket:" + number, 4), (rating.EventKey, rating.Quick));

        // Assert: who did what, and when, is on the ticket.
        var ticket = await _host.TicketAsync(number);
        Assert.Equal(TicketStatus.Closed, ticket.Status);
        Assert.Equal(("Budi Santoso", "Budi Santoso"), (ticket.TakenBy, ticket.ClosedBy));
        Assert.NotNull(ticket.FirstAnsweredAt);
        Assert.Equal(
            [TicketEntryKind.Opened, TicketEntryKind.StaffReply, TicketEntryKind.UserMessage, TicketEntryKind.Closed],
            ticket.Entries.OrderBy(e => e.Id).Select(e => e.Kind));

        // And the user is back with the dialogs.
        Assert.Contains("Halo", (await chat.SayAsync("halo")).AllText());
    }

    [StoreFact]
    public async Task TheTakeButtonRecordsWhoTookTheTicketAndASecondTakerIsToldWho()
    {
        var number = await FileComplaintAsync(_host.NewChat(), "Ruang baca terlalu panas.");
        var post = await _host.ButtonPostOfAsync(number);

        await _host.StaffSaysAsync(null, replyTo: post, button: "tk:" + number, staff: "Siti Aminah");
        await _host.StaffSaysAsync(null, replyTo: post, button: "tk:" + number, staff: "Budi Santoso");

        var ticket = await _host.TicketAsync(number);
        Assert.Equal("Siti Aminah", ticket.TakenBy);
        Assert.NotNull(ticket.TakenAt);
        var texts = (await _host.PostsAsync()).Select(p => p.Message.Text).ToList();
        Assert.Contains(texts, t => t.Contains("diambil oleh Siti Aminah"));
        Assert.Contains(texts, t => t.Contains("sudah diambil oleh Siti Aminah"));
    }

    [StoreFact]
    public async Task BalasWithTheTicketNumberReachesTheUserWithoutReplyingToThePost()
    {
        var chat = _host.NewChat();
        var number = await FileComplaintAsync(chat, "Publikasi Tarakan Dalam Angka 2025 belum ada.");
        var seen = (await chat.GetAsync()).Max(r => r.Seq);

        await _host.StaffSaysAsync($"/balas {number} Akan terbit bulan depan, nanti kami kabari.");

        Assert.Contains("Akan terbit bulan depan", (await chat.GetAsync(seen)).AllText());
        var (confirmation, _) = Assert.Single(await _host.PostsAsync(), p => p.Message.Text.Contains("Terkirim"));

        // Replying to the bot's confirmation continues the same ticket.
        seen = (await chat.GetAsync()).Max(r => r.Seq);
        await _host.StaffSaysAsync("Perkiraan tanggal 15.", replyTo: await _host.MessageIdOfAsync(confirmation.Id));
        Assert.Contains("Perkiraan tanggal 15.", (await chat.GetAsync(seen)).AllText());
    }

    [StoreFact]
    public async Task HubungiPetugasHandsTheChatToStaffUntilTheUserSaysSelesai()
    {
        var chat = _host.NewChat();

        Assert.Contains("pesan Anda untuk petugas", (await chat.SayAsync("hubungi petugas")).AllText());
        var connected = (await chat.SayAsync("Apakah ada data PDRB per kecamatan?")).AllText();
        var number = TicketNumber().Match(connected).Value;
        Assert.NotEmpty(number);
        Assert.Empty(await chat.SayAsync("Untuk tahun 2020 sampai 2024."));
        var hint = (await chat.SayAsync("menu")).AllText();
        var ended = await chat.SayAsync("selesai");

        Assert.Contains("selesai", hint);
        var texts = (await _host.PostsAsync()).Select(p => p.Message.Text).ToList();
        Assert.Contains(texts, t => t.Contains("Apakah ada data PDRB per kecamatan?") && t.Contains(number));
        Assert.Contains(texts, t => t.Contains("Untuk tahun 2020 sampai 2024."));
        Assert.DoesNotContain(texts, t => t.Contains("menu") && t.Contains("pesan pengguna"));
        Assert.Contains(texts, t => t.Contains("pengguna mengakhiri percakapan"));
        Assert.Contains("diakhiri", ended.AllText());
        Assert.Equal(["r:1", "r:2", "r:3", "r:4"], ended[^1].Choices.Select(c => c.Id));
        var ticket = await _host.TicketAsync(number);
        Assert.Equal((TicketStatus.Closed, "user"), (ticket.Status, ticket.ClosedBy));
    }

    [StoreFact]
    public async Task ATooLongDescriptionIsRefusedWithItsLengthAndTheQuestionStaysOpen()
    {
        var chat = _host.NewChat();
        await chat.SayAsync("pengaduan");
        await chat.SayAsync("5");

        var refused = (await chat.SayAsync(new string('a', 2001))).AllText();
        var accepted = await chat.SayAsync("Singkatnya: antrean terlalu lama.");

        Assert.Contains("(2.001 karakter)", refused);
        Assert.Contains("paling banyak 2.000 karakter", refused);
        Assert.Contains("Lewati", accepted.AllText());
        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Set<Ticket>().CountAsync()));
    }

    [StoreFact]
    public async Task AStaffReplyToAClosedTicketIsRefusedInTheGroup()
    {
        var number = await FileComplaintAsync(_host.NewChat(), "Tombol unduh tidak berfungsi.");
        await _host.StaffSaysAsync(null, replyTo: await _host.ButtonPostOfAsync(number), button: "tc:" + number);

        await _host.StaffSaysAsync($"/balas {number} Sudah diperbaiki.");

        Assert.Contains((await _host.PostsAsync()).Select(p => p.Message.Text), t => t.Contains($"{number} sudah ditutup; pesan tidak dikirim"));
        Assert.DoesNotContain((await _host.TicketAsync(number)).Entries, e => e.Kind == TicketEntryKind.StaffReply);
    }

    /// <summary>pengaduan → category 1 → description → skip the attachment → send; returns the ticket number.</summary>
    internal static async Task<string> FileComplaintAsync(WebChatClient chat, string description)
    {
        var categories = await chat.SayAsync("pengaduan");
        Assert.True(categories[^1].Choices.Count == 5, "categories: " + string.Join(" | ", categories.Select(r => r.Text + " [" + string.Join(", ", r.Choices.Select(c => c.Label)) + "]")));
        await chat.SayAsync("1");
        var attach = await chat.SayAsync(description);
        var confirm = await chat.ChooseAsync(attach, "Lewati");
        Assert.Contains(description, confirm.AllText());
        var ack = (await chat.ChooseAsync(confirm, "Kirim")).AllText();
        var number = TicketNumber().Match(ack).Value;
        Assert.NotEmpty(number);
        Assert.Contains("0851-8310-6571", ack);
        return number;
    }

    [GeneratedRegex(@"ADU-\d{8}-\d{3}")]
    private static partial Regex TicketNumber();

    public async Task DisposeAsync() => await _host.DisposeAsync();
}

/// <summary>The same flows with the host on PostgreSQL (skipped without PSTBOT_TEST_POSTGRES).</summary>
public sealed class ComplaintEscalationFlowOnPostgresTests() : ComplaintEscalationFlowTests(TestStore.Postgres), IRunsOnPostgres;
