using System.Net.Http.Json;
using Bot.Host.Channels.WebChat;
using Bot.Tests.Infrastructure;
using Bot.Tests.Registration;

namespace Bot.Tests.Documents;

/// <summary>A web chat visitor of the demo catalogue: waits for the catalogue, registers, searches, downloads.</summary>
public sealed class LibraryVisitor(BotFactory factory)
{
    public HttpClient Http { get; } = factory.CreateClient();

    public WebChatClient Chat { get; private set; } = null!;

    public Registrant Registrant { get; private set; } = null!;

    public static async Task<LibraryVisitor> StartAsync(BotFactory factory)
    {
        var visitor = new LibraryVisitor(factory);
        visitor.Chat = new WebChatClient(visitor.Http);
        visitor.Registrant = new Registrant(visitor.Chat, new MailDrop(factory.DataDir));
        await factory.WaitForDemoCatalogueAsync();
        return visitor;
    }

    /// <summary>Searches and opens the first result's detail.</summary>
    public async Task<IReadOnlyList<WebChatReply>> OpenFirstResultAsync(string query)
    {
        await Chat.SayAsync(query);
        return await Chat.SayAsync("1");
    }

    /// <summary>Signs today's guest book when asked (purpose: research; what data: skipped).</summary>
    public async Task<IReadOnlyList<WebChatReply>> SignGuestBookAsync(IReadOnlyList<WebChatReply> asked)
    {
        var lookingFor = await Chat.ChooseAsync(asked, "Skripsi");
        return await Chat.ChooseAsync(lookingFor, "Lewati");
    }

    public async Task<byte[]> FetchAsync(string url)
    {
        var response = await Http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

}
