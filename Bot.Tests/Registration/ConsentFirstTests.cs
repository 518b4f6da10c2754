using Bot.Host.Storage;
using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Registration;

/// <summary>
/// UU 27/2022 Pasal 21: the person is told who controls the data, what is kept, why, for how long,
/// who sees it and their rights before anything is asked; the long notice is one word away.
/// </summary>
public sealed class ConsentFirstTests : IDisposable
{
    private readonly BotFactory _factory = new(new Dictionary<string, string?> { ["Retention:MessageDays"] = "45" });

    [Fact]
    public async Task RegistrationOpensWithTheConsentAndAsksNothingBeforeSayaSetuju()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var opening = await chat.SayAsync("daftar");
        var afterAgree = await chat.ChooseAsync(opening, "Saya setuju");

        var consent = opening[^1];
        Assert.Contains("Pengendali data: BPS Kota Tarakan", consent.Text);
        Assert.Contains("isi chat 45 hari", consent.Text);
        Assert.Contains("penyedia pesan", consent.Text);
        Assert.Contains("\"hapus data saya\"", consent.Text);
        Assert.Contains("\"privasi\"", consent.Text);
        Assert.Equal(["Saya setuju", "Tidak setuju"], consent.Choices.Select(c => c.Label));
        Assert.DoesNotContain("nama lengkap", opening.AllText());
        Assert.Contains("nama lengkap", afterAgree.AllText());
    }

    [Fact]
    public async Task PrivasiDuringTheConsentGivesTheLongNoticeAndAsksForTheConsentAgain()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.SayAsync("daftar");

        var full = await chat.SayAsync("privasi");

        var text = full.AllText();
        Assert.Contains("dan berkas yang Anda kirim 45 hari", text);
        Assert.Contains("Twilio", text);
        Assert.Contains("nomor tiket pengaduan (tanpa isi)", text);
        Assert.Contains("Apakah Anda setuju?", full[^1].Text);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [Fact]
    public async Task AQuestionAboutPrivacyAtTheMenuIsUnderstood()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var full = (await chat.SayAsync("apakah data pribadi saya aman di sini?")).AllText();

        Assert.Contains("Pengendali data: BPS Kota Tarakan", full);
        Assert.Contains("Hak Anda", full);
    }

    public void Dispose() => _factory.Dispose();
}
