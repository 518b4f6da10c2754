using Bot.Tests.Infrastructure;

namespace Bot.Tests.Documents;

public sealed class SearchChatTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Fact]
    public async Task FreeTextAtTheMenuSearchesAndListsFiveNumberedResultsWithButtons()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);

        var results = (await visitor.Chat.SayAsync("tarakan dalam angka")).Single();

        Assert.Contains("Hasil untuk \"tarakan dalam angka\"", results.Text);
        Assert.Contains("1. Kota Tarakan Dalam Angka", results.Text);
        Assert.Contains("5. ", results.Text);
        Assert.DoesNotContain("6. ", results.Text);
        Assert.Equal(5, results.Choices.Count(c => c.Id.StartsWith("s:r:", StringComparison.Ordinal)));
        Assert.Contains(results.Choices, c => c.Id == "s:next");
    }

    [Fact]
    public async Task LagiShowsTheNextPageAndANumberThenOpensThatResult()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        var first = (await visitor.Chat.SayAsync("tarakan")).Single();

        var second = (await visitor.Chat.SayAsync("lagi")).Single();
        var detail = await visitor.Chat.SayAsync("2");

        Assert.Contains("halaman 1 dari", first.Text);
        Assert.Contains("halaman 2 dari", second.Text);
        Assert.NotEqual(first.Choices[0].Id, second.Choices[0].Id);
        var secondTitle = second.Choices[1].Label.Split(" (")[0].TrimEnd('…');
        Assert.Contains(secondTitle, detail.AllText());
        Assert.Contains("No. Katalog", detail.AllText());
        Assert.Equal(["p:read", "p:dl", "p:back", "p:new"], detail[^1].Choices.Select(c => c.Id));
    }

    [Fact]
    public async Task BackToResultsShowsTheSamePageAgain()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        var results = (await visitor.Chat.SayAsync("inflasi")).Single();
        await visitor.Chat.SayAsync("1");

        var back = await visitor.Chat.ChooseAsync("p:back");

        Assert.Equal(results.Text, back.Single().Text);
    }

    [Fact]
    public async Task AMisspelledQueryWithNoResultsSuggestsAWordAndOffersStaff()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);

        // "cari" makes it a search; a bare unknown word gets a clarifying question (UnderstandingFlowTests).
        var replies = await visitor.Chat.SayAsync("cari qwxzvj");

        Assert.Contains("tidak ada publikasi", replies.AllText());
        Assert.Contains(replies[^1].Choices, c => c.Id == "s:staff");
        if (replies[^1].Choices.FirstOrDefault(c => c.Id == "s:dym") is { } suggestion)
        {
            var searched = await visitor.Chat.ChooseAsync(suggestion.Id);
            Assert.Contains("Hasil untuk", searched.AllText());
        }
    }

    [Fact]
    public async Task AHostileQueryIsAnsweredNormally()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);

        var replies = await visitor.Chat.SayAsync("(*\"~:[ inflasi AND OR NOT ) ^2 \\");

        Assert.NotEmpty(replies);
        Assert.DoesNotContain("kendala teknis", replies.AllText());
    }

    [Fact]
    public async Task TypingANewQueryWhileResultsAreShownSearchesAgain()
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        await visitor.Chat.SayAsync("inflasi");

        var replies = await visitor.Chat.SayAsync("kemiskinan");

        Assert.Contains("Hasil untuk \"kemiskinan\"", replies.AllText());
    }

    public void Dispose() => _factory.Dispose();
}
