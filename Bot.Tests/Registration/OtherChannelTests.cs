using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Privacy;
using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Registration;

/// <summary>Registration on WhatsApp and Telegram chats, and one account across them.</summary>
public sealed class OtherChannelTests : IDisposable
{
    private const string Email = "rudi.hartono@example.com";
    private readonly BotFactory _factory = new();
    private readonly MailDrop _mail;

    public OtherChannelTests()
    {
        _mail = new MailDrop(_factory.DataDir);
        _factory.CreateClient().Dispose();
    }

    [Fact]
    public async Task OnWhatsAppTheChatsOwnNumberIsOfferedAndOnTelegramAnEmailVerifiedOnWhatsAppLinksTheSameAccount()
    {
        var address = _factory.Services.GetRequiredService<PersonalData>().Protect("whatsapp:+6285247110369");
        var whatsapp = new ChannelDoor(_factory, ChannelNames.WhatsApp, "wa-hash-1", address);
        var phoneQuestion = await AnswerUntilPhoneAsync(whatsapp);
        var summary = await whatsapp.ChooseAsync(phoneQuestion, "pakai nomor ini");
        await whatsapp.ChooseAsync(summary, "Simpan");

        var telegram = new ChannelDoor(_factory, ChannelNames.Telegram, "10001");
        await telegram.ChooseAsync(await telegram.SendAsync("daftar"), "Saya setuju");
        await telegram.SendAsync("Rudi");
        var known = (await telegram.SendAsync(Email)).AllText();
        var linked = (await telegram.SendAsync(await _mail.NextCodeAsync(Email))).AllText();
        var data = (await telegram.SendAsync("data saya")).AllText();

        Assert.Contains("+62*******0369", phoneQuestion.AllText());
        Assert.Contains("+62*******0369", summary.AllText());
        Assert.Contains("sudah terdaftar pada akun", known);
        Assert.Contains("atas nama Rudi Hartono", linked);
        Assert.Contains("Kanal terhubung: telegram, whatsapp", data);
        var account = await _factory.QueryAsync(db => db.Set<UserAccount>().Include(u => u.Links).SingleAsync());
        Assert.Equal([telegram.ConversationId, whatsapp.ConversationId], account.Links.Select(l => l.ConversationId).Order());
    }

    [Fact]
    public async Task OnTelegramThePhoneIsAskedWithTheShareButtonAndTheSharedContactIsTaken()
    {
        var telegram = new ChannelDoor(_factory, ChannelNames.Telegram, "20002");
        var phoneQuestion = await AnswerUntilPhoneAsync(telegram);

        var summary = await telegram.SendAsync(sender: new SenderProfile("Rudi", "rudih", "id", "+6285247110369"));

        Assert.True(Assert.Single(phoneQuestion).RequestPhone);
        Assert.Contains("\"📱 Kirim nomor HP saya\"", phoneQuestion.AllText());
        Assert.Contains("+62*******0369", summary.AllText());
        var inbox = await _factory.QueryAsync(async db => (await db.Inbox.ToListAsync()).Select(m => m.Payload).ToList());
        Assert.DoesNotContain(inbox, p => p.Contains("85247110369", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<Outbound>> AnswerUntilPhoneAsync(ChannelDoor chat)
    {
        await chat.ChooseAsync(await chat.SendAsync("daftar"), "Saya setuju");
        await chat.SendAsync("Rudi Hartono");
        await chat.SendAsync(Email);
        var types = await chat.SendAsync(await _mail.NextCodeAsync(Email));
        await chat.ChooseAsync(types, "KTP");
        var occupations = await chat.SendAsync(Registrant.Nik);
        await chat.ChooseAsync(occupations, "Swasta");
        return await chat.SendAsync("Toko Rudi");
    }

    public void Dispose() => _factory.Dispose();
}
