using Bot.Dialogs.Ports;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Subscriptions;

/// <summary>Subscriptions in the turn's unit of work: changes commit with the turn (this never saves).</summary>
internal sealed class SubscriptionStore(BotDbContext db, TimeProvider clock) : ISubscriptions
{
    public async Task<IReadOnlyList<string>?> GetAsync(string channel, string conversationKey, CancellationToken cancellationToken)
    {
        var record = await FindAsync(channel, conversationKey, cancellationToken);
        return record?.TopicList;
    }

    public async Task SubscribeAsync(string channel, string conversationKey, IReadOnlyList<string> topics, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = await FindAsync(channel, conversationKey, cancellationToken);
        if (record is null)
        {
            record = new SubscriptionRecord { ConversationId = ConversationRecord.MakeId(channel, conversationKey), Channel = channel, CreatedAt = now };
            db.Set<SubscriptionRecord>().Add(record);
        }

        record.Topics = string.Join(',', topics);
        record.UpdatedAt = now;
    }

    public async Task<bool> UnsubscribeAsync(string channel, string conversationKey, CancellationToken cancellationToken)
    {
        var record = await FindAsync(channel, conversationKey, cancellationToken);
        if (record is null)
        {
            return false;
        }

        db.Set<SubscriptionRecord>().Remove(record);
        return true;
    }

    private async Task<SubscriptionRecord?> FindAsync(string channel, string conversationKey, CancellationToken cancellationToken)
    {
        var id = ConversationRecord.MakeId(channel, conversationKey);
        // Local first: a subscribe and a change in the same turn see each other before the commit.
        return db.Set<SubscriptionRecord>().Local.FirstOrDefault(s => s.ConversationId == id)
            ?? await db.Set<SubscriptionRecord>().FirstOrDefaultAsync(s => s.ConversationId == id, cancellationToken);
    }
}
