using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Registration;

/// <summary>"data saya", "ubah data" and "hapus data saya" for a registered user.</summary>
public sealed class AccountTests : IDisposable
{
    private readonly BotFactory _factory = new();
    private readonly MailDrop _mail;
    private readonly Registrant _user;

    public AccountTests()
    {
        _mail = new MailDrop(_factory.DataDir);
        _user = new Registrant(new WebChatClient(_factory.CreateClient()), _mail);
    }

    [Fact]
    public async Task UbahDataChangesTheOccupationAndInstitution()
    {
        await _user.RegisterAsync();

        var fields = await _user.Chat.SayAsync("ubah data");
        var occupations = await _user.Chat.ChooseAsync(fields, "Pekerjaan dan instansi");
        await _user.Chat.ChooseAsync(occupations, "Pemerintahan");
        var updated = (await _user.Chat.SayAsync("BPS Kota Tarakan")).AllText();

        Assert.Contains("sudah diperbarui", updated);
        var account = await _factory.QueryAsync(db => db.Set<UserAccount>().SingleAsync());
        Assert.Equal("government", account.Occupation);
        Assert.Equal("BPS Kota Tarakan", account.Institution);
    }

    [Fact]
    public async Task ChangingTheEmailNeedsACodeFromTheOldAddressAndThenOneSentToTheNewAddress()
    {
        await _user.RegisterAsync();
        _mail.SkipExisting();
        var oldHash = await _factory.QueryAsync(db => db.Set<UserAccount>().Select(u => u.EmailHash).SingleAsync());

        var fields = await _user.Chat.SayAsync("ubah data");
        await _user.Chat.ChooseAsync(fields, "Email");
        await _user.Chat.SayAsync(await _mail.NextCodeAsync(_user.Email));
        await _user.Chat.SayAsync("siti.baru@example.com");
        var code = await _mail.NextCodeAsync("siti.baru@example.com");
        var wrong = (await _user.Chat.SayAsync(code == "999999" ? "111111" : "999999")).AllText();
        var unchanged = await _factory.QueryAsync(db => db.Set<UserAccount>().Select(u => u.EmailHash).SingleAsync());
        var updated = (await _user.Chat.SayAsync(code)).AllText();
        var data = (await _user.Chat.SayAsync("data saya")).AllText();

        Assert.Contains("Kode salah", wrong);
        Assert.Equal(oldHash, unchanged);
        Assert.Contains("sudah diperbarui", updated);
        Assert.Contains("s***u@example.com", data);
    }

    [Fact]
    public async Task ChangingTheIdentityCardStoresTheNewNumberMasked()
    {
        await _user.RegisterAsync();

        var fields = await _user.Chat.SayAsync("ubah data");
        var types = await _user.Chat.ChooseAsync(fields, "Kartu identitas");
        await _user.Chat.ChooseAsync(types, "Paspor");
        var refused = (await _user.Chat.SayAsync("123")).AllText();
        await _user.Chat.SayAsync("X7654321");
        var data = (await _user.Chat.SayAsync("data saya")).AllText();

        Assert.Contains("1–2 huruf", refused);
        Assert.Contains("Paspor ****4321", data);
    }

    [Fact]
    public async Task HapusDataSayaDeletesTheAccountAndKeepsOnlyAnonymousGuestBookCounts()
    {
        await _user.RegisterAsync();
        var menu = await _user.Chat.ChooseAsync("m:account");
        var purposes = await _user.Chat.ChooseAsync(menu, "buku tamu");
        var lookingFor = await _user.Chat.ChooseAsync(purposes, "Skripsi");
        await _user.Chat.SayAsync("IPM Kota Tarakan");

        var deleted = (await _user.EraseAsync()).AllText();
        var oldSession = await _user.Chat.PostRawAsync(new { text = "data saya" });
        var data = (await new WebChatClient(_factory.CreateClient()).SayAsync("data saya")).AllText();

        Assert.NotEmpty(lookingFor);
        Assert.Contains("sudah dihapus", deleted);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, oldSession.StatusCode);
        Assert.Contains("belum terdaftar", data);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<ChannelLink>().CountAsync()));
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<EmailVerification>().CountAsync()));
        var visit = await _factory.QueryAsync(db => db.Set<GuestBookEntry>().SingleAsync());
        Assert.Null(visit.UserId);
        Assert.Null(visit.LookingFor);
        Assert.Equal("research", visit.Purpose);
        Assert.Equal("researcher", visit.Occupation);
    }

    [Fact]
    public async Task AnsweringNoKeepsTheData()
    {
        await _user.RegisterAsync();

        var confirm = await _user.Chat.SayAsync("hapus data saya");
        var kept = (await _user.Chat.ChooseAsync(confirm, "Tidak")).AllText();

        Assert.Contains("tidak dihapus", kept);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [Fact]
    public async Task HapusDataSayaInAnUnregisteredChatSaysNothingIsStored()
    {
        var text = (await _user.Chat.SayAsync("hapus data saya")).AllText();

        Assert.Contains("tidak ada data pribadi", text);
    }

    [Fact]
    public async Task TheAccountMenuOfAnUnregisteredChatLeadsToRegistration()
    {
        var text = (await _user.Chat.ChooseAsync("m:account")).AllText();

        Assert.Contains("belum terdaftar", text);
        Assert.Contains("Pengendali data: BPS Kota Tarakan", text);
    }

    public void Dispose() => _factory.Dispose();
}
