using Bot.Dialogs.Model;
using Bot.Host.Messaging.Inbox;

namespace Bot.Host.Storage.Sqlite;

/// <summary>SQLite: the inbox write on the process's write connection, ahead of waiting turn commits (a webhook waits on it).</summary>
internal sealed class SqliteInboxStore(BotDbContext db, TimeProvider clock, WriteGate gate, SqliteWriteConnection writer) : IInboxStore
{
    public Task<InboxWriteResult> AddAsync(Inbound inbound, string conversationId, string? address, CancellationToken cancellationToken)
    {
        var message = InboxStatements.Seal(db, inbound, conversationId);
        return gate.RunAsync(() => InboxStatements.AddAsync(db, writer, clock.GetUtcNow(), message, address, cancellationToken), cancellationToken, urgent: true);
    }
}
