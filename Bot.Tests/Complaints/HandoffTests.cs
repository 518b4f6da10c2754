using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        var book = new FakeGuestBook();
        await using var host = await StaffDeskHost.StartAsync(services: services =>
        {
            services.RemoveAll<IGuestBook>();
            services.AddSingleton<IGuestBook>(book);

            // Stand in for the registration branch's guest-book dialog (same name, same contract).
            foreach (var real in services.Where(d => d.ServiceType == typeof(IDialog) && d.ImplementationType?.Name.StartsWith("GuestBook", StringComparison.Ordinal) == true).ToList())
            {
                services.Remove(real);
            }

            services.AddScoped<IDialog>(_ => new SigningDialog(book));
        });
        var chat = host.NewChat();
        await chat.SayAsync("halo");
        await SetUserAsync(host, chat, "user-42");

        var asked = (await chat.SayAsync("pengaduan")).AllText();
        var categories = await chat.SayAsync("ok");

        Assert.Contains("buku tamu", asked);
        Assert.Equal(["user-42"], book.Signed);
        Assert.Equal(5, categories[^1].Choices.Count);
    }

    [Fact]
    public async Task WrongOfficeHoursStopTheHostWithAMessageNamingTheKey()
    {
        await using var host = await StaffDeskHost.StartAsync(new Dictionary<string, string?> { ["Staff:OfficeHours:Start"] = "8 pagi" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Factory.CreateClient());

        Assert.Contains("Staff:OfficeHours:Start '8 pagi'", error.Message);
    }

    private static async Task SetUserAsync(StaffDeskHost host, WebChatClient chat, string userId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var record = await db.Conversations.SingleAsync(c => c.Id == ConversationRecord.MakeId(ChannelNames.WebChat, chat.ConversationId));
        var state = MessageJson.Deserialize<Conversation>(record.State);
        state.UserId = userId;
        record.State = MessageJson.Serialize(state);
        await db.SaveChangesAsync();
    }

    private sealed class FakeGuestBook : IGuestBook
    {
        public List<string> Signed { get; } = [];

        public Task<bool> HasSignedTodayAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(Signed.Contains(userId));
    }

    private sealed class SigningDialog(FakeGuestBook book) : IDialog
    {
        private static readonly Bilingual s_ask = new("Mohon isi buku tamu dulu: ketik ok.", "Please sign the guest book first: type ok.");

        public string Name => DialogNames.GuestBook;

        public Task<DialogOutcome> BeginAsync(TurnContext context, string? argument, CancellationToken cancellationToken)
        {
            context.Say(s_ask);
            return Task.FromResult(DialogOutcome.Wait);
        }

        public Task<DialogOutcome> ContinueAsync(TurnContext context, CancellationToken cancellationToken)
        {
            if (context.Text != "ok")
            {
                return Task.FromResult(DialogOutcome.End(DialogResult.Cancelled));
            }

            book.Signed.Add(context.Conversation.UserId!);
            return Task.FromResult(DialogOutcome.End());
        }

        public Task<DialogOutcome> ResumeAsync(TurnContext context, DialogResult childResult, CancellationToken cancellationToken) =>
            Task.FromResult(DialogOutcome.Wait);

        public Task RepromptAsync(TurnContext context, CancellationToken cancellationToken)
        {
            context.Say(s_ask);
            return Task.CompletedTask;
        }
    }
}
