using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Registration;

/// <summary>The guest book: one entry per user per day, the day counted in WITA.</summary>
public sealed class GuestBookTests : IDisposable
{
    private readonly BotFactory _factory = new();
    private readonly Registrant _user;

    public GuestBookTests() => _user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));

    [Fact]
    public async Task TheGuestBookIsSignedOncePerDayAndAgainAfterMidnightWita()
    {
        await _user.RegisterAsync();

        var purposes = await SignFromAccountMenuAsync();
        var lookingFor = await _user.Chat.ChooseAsync(purposes, "Skripsi");
        var signed = (await _user.Chat.SayAsync("Inflasi Kota Tarakan 2024")).AllText();
        var sameDay = await SignFromAccountMenuAsync();

        // 09:00 WITA + 14 h 59 min = 23:59 WITA, still the same day (15:59 UTC).
        _factory.Clock.Advance(TimeSpan.FromHours(14) + TimeSpan.FromMinutes(59));
        var lateEvening = await SignFromAccountMenuAsync();

        // 00:01 WITA the next day (16:01 UTC, still 2 March in UTC).
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var nextDay = await SignFromAccountMenuAsync();
        var skip = await _user.Chat.ChooseAsync(nextDay, "Bisnis");
        var signedAgain = (await _user.Chat.ChooseAsync(skip, "Lewati")).AllText();

        Assert.Contains("Data apa yang Anda cari", lookingFor.AllText());
        Assert.Contains("buku tamu hari ini sudah terisi", signed);
        Assert.Contains("sudah mengisi buku tamu hari ini", sameDay.AllText());
        Assert.Contains("sudah mengisi buku tamu hari ini", lateEvening.AllText());
        Assert.Contains("tujuan kunjungan", nextDay.AllText());
        Assert.Contains("sudah terisi", signedAgain);
        var entries = await _factory.QueryAsync(db => db.Set<GuestBookEntry>().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)], entries.Select(e => e.Day));
        Assert.Equal(["research", "business"], entries.Select(e => e.Purpose));
        Assert.Equal(["Inflasi Kota Tarakan 2024", null], entries.Select(e => e.LookingFor));
        Assert.All(entries, e => Assert.Equal("webchat", e.Channel));
    }

    [Fact]
    public async Task APurposeMustBeChosenFromTheList()
    {
        await _user.RegisterAsync();
        await SignFromAccountMenuAsync();

        var refused = (await _user.Chat.SayAsync("jalan-jalan")).AllText();

        Assert.Contains("Pilih salah satu tujuan", refused);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<GuestBookEntry>().CountAsync()));
    }

    private async Task<IReadOnlyList<Bot.Host.Channels.WebChat.WebChatReply>> SignFromAccountMenuAsync()
    {
        var menu = await _user.Chat.ChooseAsync("m:account");
        return await _user.Chat.ChooseAsync(menu, "buku tamu");
    }

    public void Dispose() => _factory.Dispose();
}
