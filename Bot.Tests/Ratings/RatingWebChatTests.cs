using System.Net.Http.Json;
using System.Text.Json;
using Bot.Host.Channels.WebChat;
using Bot.Host.Ratings;
using Bot.Tests.Complaints;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Ratings;

public sealed class RatingWebChatTests : IAsyncLifetime
{
    private StaffDeskHost _host = null!;

    public async Task InitializeAsync() => _host = await StaffDeskHost.StartAsync();

    [Fact]
    public async Task NilaiThenTheFullSurveyStoresARatingThatTheIkmReportComputes()
    {
        var chat = _host.NewChat();

        var quick = await chat.SayAsync("nilai");
        Assert.Equal(["Tidak puas", "Kurang puas", "Puas", "Sangat puas"], quick[^1].Choices.Select(c => c.Label));
        await chat.SayAsync("3");
        var offer = await chat.SayAsync("Pelayanannya cepat, terima kasih.");
        var first = await chat.ChooseAsync(offer, "Ya");
        Assert.Contains("Pertanyaan 1 dari 9", first.AllText());
        Assert.Contains("persyaratan", first.AllText());

        // U1..U9 = 4 3 3 4 3 3 4 3 3 (sum 30): the cost question has its own wording.
        IReadOnlyList<WebChatReply> last = first;
        foreach (var answer in new[] { 4, 3, 3 })
        {
            last = await chat.SayAsync(answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(["Sangat mahal", "Cukup mahal", "Murah", "Gratis"], last[^1].Choices.Select(c => c.Label));
        foreach (var answer in new[] { 4, 3, 3, 4, 3, 3 })
        {
            last = await chat.SayAsync(answer.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Contains("Terima kasih telah mengisi survei", last.AllText());
        var rating = await _host.Factory.QueryAsync(db => db.Set<ServiceRating>().AsNoTracking().SingleAsync());
        Assert.Equal((3, "Pelayanannya cepat, terima kasih.", "menu:2026-03-02"), (rating.Quick, rating.Comment, rating.EventKey));
        Assert.Equal([4, 3, 3, 4, 3, 3, 4, 3, 3], new[] { rating.U1, rating.U2, rating.U3, rating.U4, rating.U5, rating.U6, rating.U7, rating.U8, rating.U9 }.Select(u => u!.Value));

        // 30 × 25 / 9 = 83.333… → 83.33, category B.
        var report = await _host.StaffApi().GetFromJsonAsync<JsonElement>("/api/staff/reports/ikm?from=2026-03-02&to=2026-03-02");
        Assert.Equal(1, report.GetProperty("responses").GetInt32());
        Assert.Equal(83.33m, report.GetProperty("ikm").GetDecimal());
        Assert.Equal("B", report.GetProperty("category").GetString());
        Assert.Equal(3m, report.GetProperty("quick").GetProperty("average").GetDecimal());
    }

    [Fact]
    public async Task AQuickRatingWithoutCommentOrSurveyIsStoredAndCountsOnlyAsQuick()
    {
        var chat = _host.NewChat();

        await chat.SayAsync("nilai");
        var comment = await chat.SayAsync("Sangat puas");
        var offer = await chat.ChooseAsync(comment, "Lewati");
        var thanks = await chat.ChooseAsync(offer, "Tidak");

        Assert.Contains("Terima kasih atas penilaian", thanks.AllText());
        var rating = await _host.Factory.QueryAsync(db => db.Set<ServiceRating>().AsNoTracking().SingleAsync());
        Assert.Equal((4, null, null), (rating.Quick, rating.Comment, rating.U1));
    }

    [Fact]
    public async Task ASecondRatingFromTheMenuOnTheSameDayIsDeclinedPolitely()
    {
        var chat = _host.NewChat();
        await chat.SayAsync("nilai");
        await chat.SayAsync("2");
        await chat.SayAsync("menu");

        var again = (await chat.SayAsync("nilai")).AllText();

        Assert.Contains("sudah memberi nilai", again);
        Assert.Equal(1, await _host.Factory.QueryAsync(db => db.Set<ServiceRating>().CountAsync()));
    }

    [Fact]
    public async Task AnAnswerOutsideTheScaleIsRefusedAndTheQuestionAskedAgain()
    {
        var chat = _host.NewChat();
        await chat.SayAsync("nilai");

        var refused = await chat.SayAsync("7");

        Assert.Contains("4 jawaban", refused.AllText());
        Assert.Equal(4, refused[^1].Choices.Count);
        Assert.Equal(0, await _host.Factory.QueryAsync(db => db.Set<ServiceRating>().CountAsync()));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
