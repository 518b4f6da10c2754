using System.Globalization;
using Bot.Host.Messaging;
using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Bot.Tests.Telegram;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Registration;

/// <summary>
/// Step-up on Telegram, through the real webhook and the Bot API double: erasure and an email
/// change wait for a fresh code mailed to the email on file.
/// </summary>
public sealed class TelegramStepUpTests : IAsyncLifetime
{
    private const string Email = "rudi.hartono@example.com";
    private static readonly string s_chat = TelegramUpdates.UserId.ToString(CultureInfo.InvariantCulture);
    private TelegramTestHost _host = null!;
    private MailDrop _mail = null!;
    private int _update;

    public async Task InitializeAsync()
    {
        _host = await TelegramTestHost.StartAsync();
        _mail = new MailDrop(_host.Factory.DataDir);
        await RegisterAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ErasureOnTelegramWaitsForTheCodeMailedToTheAddressOnFile()
    {
        var confirm = await SayAsync("hapus data saya", "tidak dapat dibatalkan");
        var asked = await PressAsync(confirm, "Ya, hapus", "belum dihapus");
        var code = await _mail.NextCodeAsync(Email);
        await SayAsync(code == "999999" ? "111111" : "999999", "Kode salah");
        var accountsAfterWrong = await _host.Factory.QueryAsync(db => db.Set<UserAccount>().CountAsync());
        await SayAsync(code, "sudah dihapus");

        Assert.Contains("r***o@example.com", asked.PlainText);
        Assert.Equal(1, accountsAfterWrong);
        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [Fact]
    public async Task AnEmailChangeOnTelegramIsConfirmedByTheOldAddressThenTheNewOne()
    {
        var before = await _host.Factory.QueryAsync(db => db.Set<UserAccount>().SingleAsync());

        var fields = await SayAsync("ubah data", "Data mana");
        await PressAsync(fields, "Email", "email Anda saat ini");
        await SayAsync(await _mail.NextCodeAsync(Email), "email aktif");
        await SayAsync("rudi.baru@example.com", "sudah dikirim ke r***u@example.com");
        await SayAsync(await _mail.NextCodeAsync("rudi.baru@example.com"), "sudah diperbarui");

        var after = await _host.Factory.QueryAsync(db => db.Set<UserAccount>().SingleAsync());
        Assert.NotEqual(before.EmailHash, after.EmailHash);
    }

    /// <summary>Registration is not under test here: it goes in at the inbox, on the same Telegram chat.</summary>
    private async Task RegisterAsync()
    {
        var door = new ChannelDoor(_host.Factory, ChannelNames.Telegram, s_chat);
        var consent = await door.SendAsync("daftar");
        await door.ChooseAsync(consent, "Saya setuju");
        await door.SendAsync("Rudi Hartono");
        await door.SendAsync(Email);
        var types = await door.SendAsync(await _mail.NextCodeAsync(Email));
        await door.ChooseAsync(types, "KTP");
        var occupations = await door.SendAsync(Registrant.Nik);
        await door.ChooseAsync(occupations, "Swasta");
        await door.SendAsync("Toko Rudi");
        var summary = await door.SendAsync("0852-4711-0369");
        await door.ChooseAsync(summary, "Simpan");
        Assert.Equal(1, await _host.Factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    /// <summary>Posts a text to the webhook and waits (on the fake clock) for the reply that contains the words.</summary>
    private async Task<BotApiCall> SayAsync(string text, string expect) =>
        await AwaitReplyAsync(() => _host.PostAsync(TelegramUpdates.Text(++_update, text)), expect);

    /// <summary>Presses the inline button whose label contains the words.</summary>
    private async Task<BotApiCall> PressAsync(BotApiCall message, string label, string expect)
    {
        var data = message.InlineButtons.Last(b => b.Text.Contains(label, StringComparison.OrdinalIgnoreCase)).CallbackData!;
        return await AwaitReplyAsync(() => _host.PostAsync(TelegramUpdates.Callback(++_update, data)), expect);
    }

    private async Task<BotApiCall> AwaitReplyAsync(Func<Task<HttpResponseMessage>> post, string expect)
    {
        var seen = _host.Api.CallsTo("sendMessage", s_chat).Count;
        (await post()).EnsureSuccessStatusCode();
        bool Arrived() => _host.Api.CallsTo("sendMessage", s_chat).Skip(seen).Any(c => c.PlainText!.Contains(expect, StringComparison.Ordinal));
        await _host.AdvanceUntilAsync(Arrived);
        return _host.Api.CallsTo("sendMessage", s_chat).Skip(seen).First(c => c.PlainText!.Contains(expect, StringComparison.Ordinal));
    }
}
