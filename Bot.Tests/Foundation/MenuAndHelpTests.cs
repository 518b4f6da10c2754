using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

/// <summary>The menu keeps a complaint (a ticket) apart from a live chat with staff, and help is true on each channel.</summary>
public sealed class MenuAndHelpTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Fact]
    public async Task TheMenuOffersPengaduanAndChatDenganPetugasAsTwoThings()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        var menu = (await chat.SayAsync("menu")).Last();

        var complaint = await chat.ChooseAsync("m:complaint");
        await chat.SayAsync("menu");
        var staff = await chat.ChooseAsync("m:staff");

        Assert.Contains(menu.Choices, c => c is { Id: "m:complaint", Label: "Pengaduan" });
        Assert.Contains(menu.Choices, c => c is { Id: "m:staff", Label: "Chat dengan petugas" });
        Assert.DoesNotContain("pesan Anda untuk petugas", complaint.AllText());
        Assert.DoesNotContain("di luar jam layanan", staff.AllText());
    }

    [Fact]
    public async Task OutsideOfficeHoursChatDenganPetugasSaysWhenTheAnswerComes()
    {
        // Monday 2 March 2026, 20:00 WITA: after closing.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.FromHours(8)));
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.SayAsync("menu");

        var staff = (await chat.ChooseAsync("m:staff")).AllText();

        Assert.Contains("di luar jam layanan petugas (Senin–Jumat 08.00–15.30 WITA)", staff);
        Assert.Contains("pada jam layanan berikutnya", staff);
    }

    [Fact]
    public async Task OnAHolidayOfTheOfficesFileTheStaffChatFallsBackAsAfterHours()
    {
        // The fake clock's Monday 2 March 2026, 09:00 WITA, made a holiday by the office's file.
        var path = Path.Combine(_factory.DataDir, "libur.txt");
        File.WriteAllText(path, "2026-03-02 Libur uji\n");
        using var holiday = new BotFactory(new Dictionary<string, string?> { ["Staff:OfficeHours:HolidaysFile"] = path });
        var chat = new WebChatClient(holiday.CreateClient());
        await chat.SayAsync("menu");

        var staff = (await chat.ChooseAsync("m:staff")).AllText();

        Assert.Contains("di luar jam layanan petugas", staff);
    }

    [Fact]
    public async Task HelpOnTheWebChatSpeaksOfButtonsAndExplainsEveryGlobalWord()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var help = (await chat.SayAsync("bantuan")).AllText();

        Assert.Contains("Pilih dengan tombol", help);
        foreach (var word in new[] { "\"menu\"", "\"batal\"", "\"bantuan\"", "\"bahasa\"", "\"privasi\"", "\"selesai\"" })
        {
            Assert.Contains(word, help);
        }

        Assert.Contains("kecuali saat chat dengan petugas", help);
    }

    public void Dispose() => _factory.Dispose();
}
