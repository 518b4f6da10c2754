using Bot.Tests.Infrastructure;
using Bot.Tests.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Complaints;

public sealed class HandoffTests
{
    [Fact]
    public async Task AUserWaitingLongForStaffIsNotToldTheConversationExpired()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var chat = host.NewChat();
        await chat.SayAsync("hubungi petugas");
        await chat.SayAsync("Apakah perpustakaan buka hari Sabtu?");

        host.Factory.Clock.Advance(TimeSpan.FromMinutes(45));
        var replies = await chat.SayAsync("Halo, masih ada petugas?");

        Assert.Empty(replies);
        Assert.Contains((await host.PostsAsync()).Select(p => p.Message.Text), t => t.Contains("Halo, masih ada petugas?"));
    }

    [Fact]
    public async Task ARegisteredUserWhoHasNotSignedTheGuestBookSignsItBeforeTheComplaint()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var user = new Registrant(host.NewChat(), new MailDrop(host.Factory.DataDir));
        await user.RegisterAsync();

        var asked = await user.Chat.SayAsync("pengaduan");
        var lookingFor = await user.Chat.ChooseAsync(asked, "Skripsi");
        var categories = await user.Chat.ChooseAsync(lookingFor, "Lewati");

        Assert.Contains("buku tamu", asked.AllText());
        Assert.Contains("buku tamu hari ini sudah terisi", categories.AllText());
        Assert.Equal(5, categories[^1].Choices.Count);
        Assert.Equal(1, await host.Factory.QueryAsync(db => db.Set<Bot.Host.Users.GuestBookEntry>().CountAsync()));
    }

    [Fact]
    public async Task WrongOfficeHoursStopTheHostWithAMessageNamingTheKey()
    {
        await using var host = await StaffDeskHost.StartAsync(new Dictionary<string, string?> { ["Staff:OfficeHours:Start"] = "8 pagi" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Factory.CreateClient());

        Assert.Contains("Staff:OfficeHours:Start '8 pagi'", error.Message);
    }
}
