using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Registration;

/// <summary>
/// A chat on another channel (Telegram, WhatsApp) entered where its adapter would: the inbox.
/// The turn runs through the real worker; replies are read from the outbox rows it committed.
/// </summary>
public sealed class ChannelDoor(BotFactory factory, string channel, string key, string? address = null)
{
    private long _seq;

    public string ConversationId => ConversationRecord.MakeId(channel, key);

    public async Task<IReadOnlyList<Outbound>> SendAsync(string? text = null, string? choice = null, SenderProfile? sender = null)
    {
        var inbound = new Inbound(channel, key, Guid.NewGuid().ToString("N"), factory.Clock.GetUtcNow()) { Text = text, ChoiceId = choice, Sender = sender };
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InboxWriter>().WriteAsync(inbound, address);
        }

        await factory.DrainAsync();
        var rows = await factory.QueryAsync(db => db.Outbox.AsNoTracking().Where(m => m.ConversationId == ConversationId && m.Seq > _seq).OrderBy(m => m.Seq).ToListAsync());
        _seq = rows.Count > 0 ? rows[^1].Seq : _seq;
        return rows.Select(r => MessageJson.Deserialize<Outbound>(r.Payload)).ToList();
    }

    /// <summary>Presses the option of the last reply whose label contains the words.</summary>
    public async Task<IReadOnlyList<Outbound>> ChooseAsync(IReadOnlyList<Outbound> previous, string labelContains) =>
        await SendAsync(choice: previous.SelectMany(r => r.Choices).Last(c => c.Label.Contains(labelContains, StringComparison.OrdinalIgnoreCase)).Id);
}

public static class OutboundExtensions
{
    public static string AllText(this IEnumerable<Outbound> replies) => string.Join("\n---\n", replies.Select(r => r.Text));
}
