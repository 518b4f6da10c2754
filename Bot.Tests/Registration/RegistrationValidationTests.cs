using Bot.Host.Channels.WebChat;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Registration;

/// <summary>Every refusal during registration, with its message, and the question asked again.</summary>
public sealed class RegistrationValidationTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Fact]
    public async Task ABadNameAndABadEmailAreRefusedWithTheReason()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        var consent = await chat.SayAsync("daftar");
        await chat.ChooseAsync(consent, "Saya setuju");

        var badName = (await chat.SayAsync("R2D2 !!")).AllText();
        await chat.SayAsync("Budi Santoso");
        var badEmail = (await chat.SayAsync("budi@gmail")).AllText();
        var badEmail2 = (await chat.SayAsync("budi at gmail.com")).AllText();

        Assert.Contains("Nama hanya boleh berisi huruf", badName);
        Assert.Contains("nama lengkap", badName);
        Assert.Contains("Alamat email itu tidak valid", badEmail);
        Assert.Contains("Alamat email itu tidak valid", badEmail2);
        Assert.Equal(0, new MailDrop(_factory.DataDir).Count);
    }

    [Fact]
    public async Task EveryIdentityRefusalSaysItsReason()
    {
        var user = await AtIdentityTypeAsync();
        var type = await user.Chat.SayAsync("kartu pelajar");
        await user.Chat.ChooseAsync(type, "KTP");

        var length = (await user.Chat.SayAsync("65710145089500")).AllText();
        var region = (await user.Chat.SayAsync("2071014508950001")).AllText();
        var date = (await user.Chat.SayAsync("6571013208950001")).AllText();
        var sequence = (await user.Chat.SayAsync("6571014508950000")).AllText();
        var accepted = await user.Chat.SayAsync(Registrant.Nik);

        Assert.Contains("Pilih KTP, SIM atau paspor", type.AllText());
        Assert.Contains("16 digit", length);
        Assert.Contains("14 digit", length);
        Assert.Contains("kode wilayah", region);
        Assert.Contains("tanggal lahir", date);
        Assert.Contains("0000", sequence);
        Assert.Contains("bantuan", sequence); // the third refusal in a row points to help
        Assert.Contains("pekerjaan", accepted.AllText());
    }

    [Fact]
    public async Task SimPassportInstitutionAndPhoneRefusalsSayTheirReason()
    {
        var user = await AtIdentityTypeAsync();
        await user.Chat.ChooseAsync(user.Last, "Paspor");
        var passport = (await user.Chat.SayAsync("123456")).AllText();
        var occupation = await user.Chat.SayAsync("X1234567");
        var badOccupation = (await user.Chat.SayAsync("astronot")).AllText();
        await user.Chat.ChooseAsync(occupation, "Lainnya");
        var institution = (await user.Chat.SayAsync("!")).AllText();
        await user.Chat.SayAsync("Kantor Pos");
        var phone = (await user.Chat.SayAsync("0812")).AllText();

        Assert.Contains("1–2 huruf lalu 6–7 angka", passport);
        Assert.Contains("Pilih salah satu pekerjaan", badOccupation);
        Assert.Contains("2–150 karakter", institution);
        Assert.Contains("Nomor HP tidak valid", phone);
    }

    [Fact]
    public async Task ASimNumberOfTheWrongLengthIsRefused()
    {
        var user = await AtIdentityTypeAsync();
        await user.Chat.ChooseAsync(user.Last, "SIM");

        var sim = (await user.Chat.SayAsync("12345")).AllText();

        Assert.Contains("12–16 digit", sim);
        Assert.Contains("5 digit", sim);
    }

    [Fact]
    public async Task ACodeThatIsNotSixDigitsIsRefused()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));
        await user.StartAsync();

        var text = (await user.Chat.SayAsync("12ab")).AllText();

        Assert.Contains("6 angka", text);
    }

    private async Task<Registrant> AtIdentityTypeAsync()
    {
        var user = new Registrant(new WebChatClient(_factory.CreateClient()), new MailDrop(_factory.DataDir));
        await user.StartAsync();
        await user.VerifyAsync();
        return user;
    }

    public void Dispose() => _factory.Dispose();
}
