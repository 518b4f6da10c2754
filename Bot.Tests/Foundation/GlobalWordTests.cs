using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

public sealed class GlobalWordTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Theory]
    [InlineData("menu")]
    [InlineData("/start")]
    [InlineData("/menu")]
    [InlineData("MENU")]
    public async Task MenuWordsInTheMiddleOfADialogReturnToTheMainMenu(string word)
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.ChooseAsync("m:info");

        var replies = await chat.SayAsync(word);

        Assert.Contains(replies.Last().Choices, c => c.Id == "m:search");
        var next = await chat.SayAsync("1");
        Assert.DoesNotContain("Informasi apa", next.AllText());
    }

    [Fact]
    public async Task BatalCancelsTheDialogAndSaysSo()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.ChooseAsync("m:info");

        var replies = await chat.SayAsync("batal");

        Assert.Contains("dibatalkan", replies.AllText());
        Assert.Contains(replies.Last().Choices, c => c.Id == "m:info");
    }

    [Fact]
    public async Task BatalAtTheMenuSaysThereIsNothingToCancel()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var replies = await chat.SayAsync("batal");

        Assert.Contains("Tidak ada yang perlu dibatalkan", replies.AllText());
    }

    [Theory]
    [InlineData("bantuan")]
    [InlineData("/help")]
    public async Task HelpInTheMiddleOfADialogExplainsAndAsksTheSameQuestionAgain(string word)
    {
        var chat = new WebChatClient(_factory.CreateClient());
        var question = await chat.ChooseAsync("m:info");

        var replies = await chat.SayAsync(word);

        Assert.Contains("batal", replies.AllText());
        Assert.Equal(question.Last().Text, replies.Last().Text);
        Assert.Contains("Biaya", replies.Last().Choices.Select(c => c.Label));
    }

    [Fact]
    public async Task BahasaSwitchesToEnglishAndBackKeepingTheDialog()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.ChooseAsync("m:info");

        var english = await chat.SayAsync("bahasa");
        var back = await chat.SayAsync("language");

        Assert.Contains("English", english.AllText());
        Assert.Equal("What would you like to know?", english.Last().Text);
        Assert.Contains("Cost", english.Last().Choices.Select(c => c.Label));
        Assert.Equal("Informasi apa yang Anda perlukan?", back.Last().Text);
    }

    [Fact]
    public async Task AThirdBadAnswerOffersHelpAndTheMenu()
    {
        var chat = new WebChatClient(_factory.CreateClient());
        await chat.ChooseAsync("m:info");

        // Typed words are read as questions; only a number outside the options is a bad answer here.
        var first = await chat.SayAsync("99");
        await chat.SayAsync("0");
        var third = await chat.SayAsync("42");

        Assert.Contains("Nomor itu tidak ada dalam pilihan", first.AllText());
        Assert.DoesNotContain("Masih kesulitan", first.AllText());
        Assert.Contains("Masih kesulitan", third.AllText());
        Assert.Contains("Informasi apa", third.Last().Text);
    }

    public void Dispose() => _factory.Dispose();
}
