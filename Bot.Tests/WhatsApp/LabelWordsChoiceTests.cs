using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.WhatsApp;

/// <summary>WhatsApp users answer a numbered list by number or by the label's words; the router resolves both.</summary>
public sealed class LabelWordsChoiceTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Theory]
    [InlineData("3", "m:info")]
    [InlineData("Informasi layanan", "m:info")]
    [InlineData("saya mau informasi layanan", "m:info")]
    [InlineData("layanan informasi dong", "m:info")]
    [InlineData("daftar akun", "m:account")]
    public async Task ALabelsWordsWithPoliteFillerChooseItsOption(string typed, string expected)
    {
        Assert.Equal(expected, await ResolveAsync(typed));
    }

    [Theory]
    [InlineData("cari publikasi inflasi")]
    [InlineData("informasi")]
    [InlineData("saya mau")]
    public async Task OtherWordsAreNotTakenAsAChoice(string typed)
    {
        Assert.Null(await ResolveAsync(typed));
    }

    /// <summary>Runs a turn at the main menu and reports the choice the router resolved.</summary>
    private async Task<string?> ResolveAsync(string typed)
    {
        var conversation = new Conversation { Channel = "whatsapp", Key = "k", LastActivityAt = _factory.Clock.GetUtcNow() };
        conversation.LastChoices = MainMenu.Choices.Select(c => new ChoiceOption(c.Id, c.Label.In(Language.Id))).ToList();
        var context = new TurnContext(conversation, new Inbound("whatsapp", "k", "m1", _factory.Clock.GetUtcNow()) { Text = typed }, _factory.Clock.GetUtcNow());
        await using var scope = _factory.Services.CreateAsyncScope();
        var row = new InboxMessage { Channel = "whatsapp", ExternalId = "m1", ConversationId = "whatsapp:k", Payload = MessageJson.Serialize(context.Inbound) };
        scope.ServiceProvider.GetRequiredService<TurnScope>().Begin(new ConversationRecord { Id = "whatsapp:k", Channel = "whatsapp", Key = "k" }, context, row);

        await scope.ServiceProvider.GetRequiredService<Router>().HandleAsync(context, CancellationToken.None);

        return context.ChoiceId;
    }

    public void Dispose() => _factory.Dispose();
}
