using Bot.Dialogs.Model;
using Bot.Host.Messaging.Inbox;

namespace Bot.Host.Storage.Postgres;

/// <summary>PostgreSQL: the inbox write on the scope's connection; the unique key makes a copy a no-op across nodes.</summary>
internal sealed class PostgresInboxStore(BotDbContext db, TimeProvider clock) : IInboxStore
{
    public Task<InboxWriteResult> AddAsync(Inbound inbound, string conversationId, string? address, CancellationToken cancellationToken) =>
        InboxStatements.AddAsync(db, null, clock.GetUtcNow(), inbound, conversationId, address, cancellationToken);
}
