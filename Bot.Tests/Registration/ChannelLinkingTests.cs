using Bot.Host.Users;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Registration;

/// <summary>One person, several chats: an email already registered links the new chat after a code.</summary>
public sealed class ChannelLinkingTests : IDisposable
{
    private readonly BotFactory _factory = new();

    [Fact]
    public async Task ASecondChatWithARegisteredEmailIsLinkedToTheSameAccountAfterTheCode()
    {
        var mail = new MailDrop(_factory.DataDir);
        var first = new Registrant(new WebChatClient(_factory.CreateClient()), mail);
        await first.RegisterAsync();
        var second = new Registrant(new WebChatClient(_factory.CreateClient()), mail) { Name = "Siti R" };

        await second.StartAsync();
        var emailReplies = second.Last;
        var linked = (await second.VerifyAsync()).AllText();
        var data = (await second.Chat.SayAsync("data saya")).AllText();

        Assert.Contains("sudah terdaftar pada akun", emailReplies.AllText());
        Assert.Contains("terhubung ke akun Anda atas nama Siti Rahmawati", linked);
        Assert.Contains("************0001", data);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
        var links = await _factory.QueryAsync(db => db.Set<ChannelLink>().Select(l => l.ConversationId).ToListAsync());
        Assert.Equal(
            new[] { first.Chat.ConversationId, second.Chat.ConversationId }.Select(id => "webchat:" + id).Order(),
            links.Order());
    }

    [Fact]
    public async Task LinkingWithoutTheRightCodeDoesNotLink()
    {
        var mail = new MailDrop(_factory.DataDir);
        await new Registrant(new WebChatClient(_factory.CreateClient()), mail).RegisterAsync();
        var second = new Registrant(new WebChatClient(_factory.CreateClient()), mail);
        await second.StartAsync();
        var code = await mail.NextCodeAsync(second.Email);

        var wrong = (await second.Chat.SayAsync(code == "123123" ? "321321" : "123123")).AllText();

        Assert.Contains("Kode salah", wrong);
        Assert.Equal(1, await _factory.QueryAsync(db => db.Set<ChannelLink>().CountAsync()));
    }

    [Fact]
    public async Task DeletingFromOneChatUnregistersEveryLinkedChat()
    {
        var mail = new MailDrop(_factory.DataDir);
        var first = new Registrant(new WebChatClient(_factory.CreateClient()), mail);
        await first.RegisterAsync();
        var second = new Registrant(new WebChatClient(_factory.CreateClient()), mail);
        await second.StartAsync();
        await second.VerifyAsync();

        // Whole rows, not a projection: the state is sealed at rest and opened when a row is loaded.
        var before = (await _factory.QueryAsync(db => db.Conversations.AsNoTracking().ToListAsync())).Select(c => c.State).ToList();
        await second.EraseAsync();
        var states = (await _factory.QueryAsync(db => db.Conversations.AsNoTracking().ToListAsync())).Select(c => c.State).ToList();
        // Erasure ends the web chat sessions of every linked chat, so the first chat's page starts over.
        var firstOldSession = await first.Chat.PostRawAsync(new { text = "data saya" });
        var firstData = (await new WebChatClient(_factory.CreateClient()).SayAsync("data saya")).AllText();

        Assert.All(before, s => Assert.Contains("\"userId\":\"", s));
        Assert.Equal(2, states.Count);
        Assert.DoesNotContain(states, s => s.Contains("\"userId\":\"", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, firstOldSession.StatusCode);
        Assert.Contains("belum terdaftar", firstData);
        Assert.Equal(0, await _factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));
    }

    public void Dispose() => _factory.Dispose();
}
