using Bot.Host.Channels.WebChat;
using Bot.Tests.Documents;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Understanding;

/// <summary>
/// The same utterance gets the same answer at the menu, after the requirements, at search
/// results, and during registration at a step that does not take free text (there followed by
/// the offer to continue).
/// </summary>
public sealed class MidDialogOutcomeTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Theory]
    [InlineData("jam berapa buka?")]
    [InlineData("biayanya brp kak")]
    [InlineData("dimana alamat kantor bps tarakan")]
    [InlineData("saya mau komplain")]
    [InlineData("what are the requirements")]
    public async Task AnUtteranceGetsTheSameAnswerWhereverItIsTyped(string utterance)
    {
        var visitor = await LibraryVisitor.StartAsync(_factory);
        var atMenu = await new WebChatClient(_factory.CreateClient()).SayAsync(utterance);

        var afterRequirements = new WebChatClient(_factory.CreateClient());
        await afterRequirements.SayAsync("syarat");
        var atResults = new WebChatClient(_factory.CreateClient());
        await atResults.SayAsync("inflasi");
        await visitor.Registrant.StartAsync();
        await visitor.Registrant.VerifyAsync();

        Assert.Equal(Texts(atMenu), Texts(await afterRequirements.SayAsync(utterance)));
        Assert.Equal(Texts(atMenu), Texts(await atResults.SayAsync(utterance)));
        var inRegistration = await visitor.Chat.SayAsync(utterance);
        Assert.Equal(Texts(atMenu), Texts(inRegistration.Take(atMenu.Count)));
        Assert.Contains("Lanjutkan pendaftaran?", inRegistration[^1].Text);
    }

    private static List<string> Texts(IEnumerable<WebChatReply> replies) => replies.Select(r => r.Text).ToList();

    public void Dispose() => _factory.Dispose();
}
