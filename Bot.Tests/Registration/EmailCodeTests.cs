using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Registration;

/// <summary>The verification code: 10 minutes, 3 tries, resend, at most 3 sends an hour (fake clock).</summary>
public sealed class EmailCodeTests : IDisposable
{
    private readonly BotFactory _factory = new();
    private readonly MailDrop _mail;
    private readonly Registrant _user;

    public EmailCodeTests()
    {
        _mail = new MailDrop(_factory.DataDir);
        _user = new Registrant(new WebChatClient(_factory.CreateClient()), _mail);
    }

    [Fact]
    public async Task ACodeExpiresAfterTenMinutesAndKirimUlangSendsANewOne()
    {
        await _user.StartAsync();
        var old = await _mail.NextCodeAsync(_user.Email);
        _factory.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        var expired = (await _user.Chat.SayAsync(old)).AllText();
        var resent = (await _user.Chat.SayAsync("kirim ulang")).AllText();
        var fresh = await _mail.NextCodeAsync(_user.Email);
        var verified = (await _user.Chat.SayAsync(fresh)).AllText();

        Assert.Contains("kedaluwarsa", expired);
        Assert.Contains("sudah dikirim", resent);
        Assert.Contains("Email terverifikasi", verified);
    }

    [Fact]
    public async Task ACodeStillWorksJustBeforeTenMinutes()
    {
        await _user.StartAsync();
        var code = await _mail.NextCodeAsync(_user.Email);
        _factory.Clock.Advance(TimeSpan.FromMinutes(9));

        var verified = (await _user.Chat.SayAsync(code)).AllText();

        Assert.Contains("Email terverifikasi", verified);
    }

    [Fact]
    public async Task ThreeWrongCodesLockTheCodeEvenForTheRightOne()
    {
        await _user.StartAsync();
        var code = await _mail.NextCodeAsync(_user.Email);
        var wrong = code == "000000" ? "111111" : "000000";

        var first = (await _user.Chat.SayAsync(wrong)).AllText();
        var second = (await _user.Chat.SayAsync(wrong)).AllText();
        var third = (await _user.Chat.SayAsync(wrong)).AllText();
        var right = (await _user.Chat.SayAsync(code)).AllText();

        Assert.Contains("Sisa 2 kali", first);
        Assert.Contains("Sisa 1 kali", second);
        Assert.Contains("3 kali salah", third);
        Assert.Contains("3 kali salah", right);
        Assert.DoesNotContain("terverifikasi", right);
    }

    [Fact]
    public async Task AtMostThreeCodesAreSentAnHour()
    {
        await _user.StartAsync();
        await _mail.NextAsync();
        await _user.Chat.SayAsync("kirim ulang");
        await _mail.NextAsync();
        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        await _user.Chat.SayAsync("kirim ulang");
        await _mail.NextAsync();

        var refused = (await _user.Chat.SayAsync("kirim ulang")).AllText();
        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var stillRefused = (await _user.Chat.SayAsync("kirim ulang")).AllText();
        _factory.Clock.Advance(TimeSpan.FromMinutes(20)); // an hour after the first code; each gap stays under the idle timeout
        var allowed = (await _user.Chat.SayAsync("kirim ulang")).AllText();
        var code = await _mail.NextCodeAsync(_user.Email);

        // The first code went out at 09:00 WITA, so a new one may go after 10:00 WITA.
        Assert.Contains("Batas 3 kiriman", refused);
        Assert.Contains("10.00 WITA", refused);
        Assert.Contains("Batas 3 kiriman", stillRefused);
        Assert.Contains("sudah dikirim", allowed);
        Assert.Equal(4, await _factory.QueryAsync(db => db.Set<EmailVerification>().CountAsync()));
        Assert.Contains("terverifikasi", (await _user.Chat.SayAsync(code)).AllText());
    }

    [Fact]
    public async Task OnlyTheLatestCodeCounts()
    {
        await _user.StartAsync();
        var first = await _mail.NextCodeAsync(_user.Email);
        await _user.Chat.SayAsync("kirim ulang");
        var second = await _mail.NextCodeAsync(_user.Email);

        var withFirst = first == second ? "" : (await _user.Chat.SayAsync(first)).AllText();
        var withSecond = (await _user.Chat.SayAsync(second)).AllText();

        if (first != second)
        {
            Assert.Contains("Kode salah", withFirst);
        }

        Assert.Contains("terverifikasi", withSecond);
    }

    [Fact]
    public async Task GantiEmailGoesBackToTheEmailQuestion()
    {
        await _user.StartAsync();

        var asked = (await _user.Chat.ChooseAsync(_user.Last, "Ganti email")).AllText();
        var sent = (await _user.Chat.SayAsync("budi@example.org")).AllText();

        Assert.Contains("email aktif", asked);
        Assert.Contains("b***i@example.org", sent);
        await _mail.NextCodeAsync(_user.Email);
        await _mail.NextCodeAsync("budi@example.org");
    }

    public void Dispose() => _factory.Dispose();
}
