using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;

namespace Bot.Tests.WhatsApp;

public sealed class WhatsAppRendererTests
{
    [Fact]
    public void ChoicesBecomeNumberedLinesUnderAHintInTheConversationsLanguage()
    {
        var reply = new Outbound("Pilih menu:") { Choices = [new ChoiceOption("a", "Cari publikasi"), new ChoiceOption("b", "Bantuan")] };

        Assert.Equal("Pilih menu:\nBalas dengan angka:\n1. Cari publikasi\n2. Bantuan", WhatsAppRenderer.Render(reply, Language.Id));
        Assert.StartsWith("Pilih menu:\nReply with a number:\n1. ", WhatsAppRenderer.Render(reply, Language.En));
    }

    [Fact]
    public void ChoicesTheTextAlreadyNumbersAreNotListedAgain()
    {
        var reply = new Outbound("Hasil:\n1. Inflasi 2024\n2. IPM 2024")
        {
            Choices = [new ChoiceOption("r1", "Inflasi 2024"), new ChoiceOption("r2", "IPM 2024"), new ChoiceOption("m", "Menu utama")],
            ChoicesListedInText = 2,
        };

        Assert.Equal("Hasil:\n1. Inflasi 2024\n2. IPM 2024\nBalas dengan angka 1–2 untuk detail, atau:\n3. Menu utama", WhatsAppRenderer.Render(reply, Language.Id));
    }

    [Fact]
    public void ATextWithoutChoicesIsLeftAsItIs()
    {
        Assert.Equal("Terima kasih.", WhatsAppRenderer.Render(new Outbound("Terima kasih."), Language.Id));
    }

    [Fact]
    public void AShortTextIsOnePart()
    {
        Assert.Equal(["Halo"], WhatsAppRenderer.Split("Halo"));
    }

    [Fact]
    public void AnUnbrokenTextIsCutAtTheLimit()
    {
        var parts = WhatsAppRenderer.Split(new string('a', 3500));

        Assert.Equal([1600, 1600, 300], parts.Select(p => p.Length));
    }

    [Fact]
    public void WordsAreNotCutInHalf()
    {
        var text = string.Join(' ', Enumerable.Repeat("statistik", 400));

        var parts = WhatsAppRenderer.Split(text);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 1600));
        Assert.All(parts, p => Assert.All(p.Split(' '), w => Assert.Equal("statistik", w)));
    }
}
