using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

public sealed class WebChatMenuTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Fact]
    public async Task HaloAnswersWithTheGreetingAndTheMainMenu()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var replies = await chat.SayAsync("halo");

        var reply = Assert.Single(replies);
        Assert.Contains("PST BPS Kota Tarakan", reply.Text);
        Assert.Equal(["m:search", "m:account", "m:info", "m:rate", "m:complaint", "m:help", "m:queue", "m:staff"], reply.Choices.Select(c => c.Id));
    }

    [Fact]
    public async Task SyaratAnswersWithTheRequirements()
    {
        var chat = new WebChatClient(_factory.CreateClient());

        var text = (await chat.SayAsync("syarat")).AllText();

        Assert.Contains("identitas", text);
        Assert.Contains("email", text);
        Assert.Contains("buku tamu", text);
        Assert.Contains("akun", text);
    }

    public void Dispose() => _factory.Dispose();
}
