using Bot.Host.Messaging;
using Bot.Host.Ratings;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Bot.Tests.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Ratings;

public sealed class RatingAnonymizerTests : IAsyncLifetime
{
    private StaffDeskHost _host = null!;

    public async Task InitializeAsync() => _host = await StaffDeskHost.StartAsync();

    [Fact]
    public async Task AfterTheUserDeletesTheirDataRatingsStayAnonymousAndStaffCanNoLongerReachThem()
    {
        var chat = _host.NewChat();
        await chat.SayAsync("nilai");
        await chat.SayAsync("2");
        await chat.SayAsync("Saya Budi dari SMA 1, terima kasih.");
        await chat.SayAsync("menu");
        var number = await ComplaintEscalationFlowTests.FileComplaintAsync(chat, "Mohon hapus data saya setelah ini.");
        var conversationId = ConversationRecord.MakeId("webchat", chat.ConversationId);

        await using (var scope = _host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RatingAnonymizer>().AnonymizeAsync(null, [conversationId], CancellationToken.None);
        }

        await _host.StaffSaysAsync($"/balas {number} Baik.");

        var rating = await _host.Factory.QueryAsync(db => db.Set<ServiceRating>().AsNoTracking().SingleAsync());
        Assert.Equal((null, null, null, 2), (rating.ConversationId, rating.UserId, rating.Comment, rating.Quick));
        Assert.Equal($"anon:{rating.Id}", rating.SubjectKey);
        Assert.Null((await _host.TicketAsync(number)).ConversationId);
        Assert.Contains((await _host.PostsAsync()).Select(p => p.Message.Text), t => t.Contains("menghapus datanya"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
