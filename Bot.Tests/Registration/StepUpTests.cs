using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Registration;

/// <summary>
/// What cannot be undone (erasure, a new email) needs a fresh code mailed to the email on file,
/// in the web chat; a wrong, expired or exhausted code changes nothing.
/// </summary>
public sealed class StepUpTests : IDisposable
{
    private const string NewEmail = "siti.baru@example.com";
    private readonly BotFactory _factory;
    private readonly MailDrop _mail;
    private readonly Registrant _user;

    public StepUpTests() : this(new TestHostBuilder())
    {
    }

    private StepUpTests(TestHostBuilder host)
    {
        _factory = host.Build();
        _mail = new MailDrop(_factory.DataDir);
        _user = new Registrant(new WebChatClient(_factory.CreateClient()), _mail);
    }

    [Fact]
    public async Task ErasureWaitsForTheCodeMailedToTheAddressOnFileAndAWrongCodeDeletesNothing()
    {
        await _user.RegisterAsync();

        var confirm = await _user.Chat.SayAsync("hapus data saya");
        var asked = (await _user.Chat.ChooseAsync(confirm, "Ya, hapus")).AllText();
        var mail = await _mail.NextAsync();
        var code = MailDrop.CodeIn(mail.TextBody ?? "");
        var wrong = (await _user.Chat.SayAsync(code == "999999" ? "111111" : "999999")).AllText();
        var accountsAfterWrong = await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync());
        var deleted = (await _user.Chat.SayAsync(code)).AllText();

        Assert.Contains("s***a@example.com", asked);
        Assert.Contains("belum dihapus", asked);
        Assert.Equal(_user.Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains("Kode konfirmasi", mail.Subject);
        Assert.Contains("menghapus akun", mail.TextBody);
        Assert.Contains("Kode salah", wrong);
        Assert.Equal(1, accountsAfterWrong);
        Assert.Contains("sudah dihapus", deleted);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [Fact]
    public async Task AnExpiredStepUpCodeDeletesNothingAndAResentOneDoes()
    {
        await _user.RegisterAsync();
        var confirm = await _user.Chat.SayAsync("hapus data saya");
        await _user.Chat.ChooseAsync(confirm, "Ya, hapus");
        var stale = await _mail.NextCodeAsync(_user.Email);

        _factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var expired = (await _user.Chat.SayAsync(stale)).AllText();
        var accountsAfterExpiry = await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync());
        var resent = (await _user.Chat.SayAsync("kirim ulang")).AllText();
        var deleted = (await _user.Chat.SayAsync(await _mail.NextCodeAsync(_user.Email))).AllText();

        Assert.Contains("kedaluwarsa", expired);
        Assert.Equal(1, accountsAfterExpiry);
        Assert.Contains("sudah dikirim ke s***a@example.com", resent);
        Assert.Contains("sudah dihapus", deleted);
    }

    [Fact]
    public async Task ThreeWrongStepUpCodesLockTheCodeAndTheAccountStays()
    {
        await _user.RegisterAsync();
        var confirm = await _user.Chat.SayAsync("hapus data saya");
        await _user.Chat.ChooseAsync(confirm, "Ya, hapus");
        var code = await _mail.NextCodeAsync(_user.Email);
        var wrong = code == "999999" ? "111111" : "999999";

        await _user.Chat.SayAsync(wrong);
        await _user.Chat.SayAsync(wrong);
        var locked = (await _user.Chat.SayAsync(wrong)).AllText();
        var stillLocked = (await _user.Chat.SayAsync(code)).AllText();
        var kept = (await _user.Chat.ChooseAsync(await _user.Chat.SayAsync("kirim ulang"), "Tidak, simpan")).AllText();

        Assert.Contains("3 kali salah", locked);
        Assert.Contains("3 kali salah", stillLocked);
        Assert.Contains("tidak dihapus", kept);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [Fact]
    public async Task WhenTheOfficeWideCodeCapIsReachedTheTextSaysSoAndNothingIsDeleted()
    {
        using var capped = new StepUpTests(new TestHostBuilder().With("Mail:MaxCodesPerHour", "1"));
        await capped._user.RegisterAsync();

        var confirm = await capped._user.Chat.SayAsync("hapus data saya");
        var refused = (await capped._user.Chat.ChooseAsync(confirm, "Ya, hapus")).AllText();

        Assert.Contains("bukan karena email Anda", refused);
        Assert.DoesNotContain("untuk email", refused);
        Assert.Equal(1, await capped._factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [Fact]
    public async Task TheAddressLimitOfStepUpCodesNamesTheAddressAndDeletesNothing()
    {
        await _user.RegisterAsync();
        var confirm = await _user.Chat.SayAsync("hapus data saya");
        await _user.Chat.ChooseAsync(confirm, "Ya, hapus");

        var second = (await _user.Chat.SayAsync("kirim ulang")).AllText();
        var refused = (await _user.Chat.SayAsync("kirim ulang")).AllText();

        Assert.Contains("sudah dikirim", second);
        Assert.Contains("Batas 3 kiriman kode per jam untuk email Anda", refused);
        Assert.Contains("Data Anda tidak diubah", refused);
        Assert.Equal(3, await _factory.QueryAsync(db => db.Set<EmailVerification>().CountAsync()));
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    [Fact]
    public async Task ARegistrationPastTheOfficeWideCapIsToldItIsNotBecauseOfItsAddress()
    {
        using var capped = new StepUpTests(new TestHostBuilder().With("Mail:MaxCodesPerHour", "1"));
        await capped._user.StartAsync();
        var other = new Registrant(new WebChatClient(capped._factory.CreateClient()), capped._mail) { Email = "budi@example.com" };

        await other.StartAsync();

        Assert.Contains("bukan karena email Anda", other.Last.AllText());
        Assert.DoesNotContain("Batas 3 kiriman", other.Last.AllText());
    }

    [Fact]
    public async Task AnEmailChangeIsConfirmedByTheOldAddressBeforeTheNewOneIsAsked()
    {
        await _user.RegisterAsync();
        var before = await _factory.QueryAsync(db => db.Set<UserAccount>().SingleAsync());

        var fields = await _user.Chat.SayAsync("ubah data");
        var asked = (await _user.Chat.ChooseAsync(fields, "Email")).AllText();
        var toOld = await _mail.NextAsync();
        var typedEmailFirst = (await _user.Chat.SayAsync(NewEmail)).AllText();
        var askedNew = (await _user.Chat.SayAsync(MailDrop.CodeIn(toOld.TextBody ?? ""))).AllText();
        await _user.Chat.SayAsync(NewEmail);
        var toNew = await _mail.NextAsync();
        var updated = (await _user.Chat.SayAsync(MailDrop.CodeIn(toNew.TextBody ?? ""))).AllText();

        Assert.Contains("email Anda saat ini, s***a@example.com", asked);
        Assert.Equal(_user.Email, toOld.To.Mailboxes.Single().Address);
        Assert.Contains("mengganti email", toOld.TextBody);
        Assert.Contains("6 angka", typedEmailFirst);
        Assert.Contains("email aktif", askedNew);
        Assert.Equal(NewEmail, toNew.To.Mailboxes.Single().Address);
        Assert.Contains("sudah diperbarui", updated);
        var after = await _factory.QueryAsync(db => db.Set<UserAccount>().SingleAsync());
        Assert.NotEqual(before.EmailHash, after.EmailHash);
    }

    [PostgresFact]
    public async Task OnPostgresAnEmailChangeAndThenErasureEachWaitForTheirCodes()
    {
        using var onPostgres = new StepUpTests(new TestHostBuilder(TestStore.Postgres));
        var user = onPostgres._user;
        var mail = onPostgres._mail;
        await user.RegisterAsync();

        var fields = await user.Chat.SayAsync("ubah data");
        await user.Chat.ChooseAsync(fields, "Email");
        await user.Chat.SayAsync(await mail.NextCodeAsync(user.Email));
        await user.Chat.SayAsync(NewEmail);
        var updated = (await user.Chat.SayAsync(await mail.NextCodeAsync(NewEmail))).AllText();
        var confirm = await user.Chat.SayAsync("hapus data saya");
        await user.Chat.ChooseAsync(confirm, "Ya, hapus");
        var toNewAddress = await mail.NextAsync();
        var code = MailDrop.CodeIn(toNewAddress.TextBody ?? "");
        var wrong = (await user.Chat.SayAsync(code == "999999" ? "111111" : "999999")).AllText();
        var accountsAfterWrong = await onPostgres._factory.QueryAsync(db => db.Set<UserAccount>().CountAsync());
        var deleted = (await user.Chat.SayAsync(code)).AllText();

        Assert.Contains("sudah diperbarui", updated);
        Assert.Equal(NewEmail, toNewAddress.To.Mailboxes.Single().Address);
        Assert.Contains("Kode salah", wrong);
        Assert.Equal(1, accountsAfterWrong);
        Assert.Contains("sudah dihapus", deleted);
        Assert.Equal(0, await onPostgres._factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    public void Dispose() => _factory.Dispose();
}
