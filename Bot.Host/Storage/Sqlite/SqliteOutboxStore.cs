using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// SQLite, one node: rows need no lease, and send records (mostly batches from the send journal)
/// are written through the write gate in one transaction.
/// </summary>
internal sealed class SqliteOutboxStore(IServiceScopeFactory scopes, WriteGate gate) : IOutboxStore
{
    public bool SharedByNodes => false;

    public async Task<List<OutboxMessage>> PendingAsync(int take, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MessagePathQueries.PendingOutboxAsync(scope.ServiceProvider.GetRequiredService<BotDbContext>(), take, cancellationToken);
    }

    /// <summary>One node: every row is this node's.</summary>
    public Task<bool> LeaseAsync(long outboxId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public async Task RecordAsync(IReadOnlyList<SendRecord> records, bool urgent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await gate.RunAsync(async () =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await OutboxRecordStatement.ApplyAsync(connection, transaction, sqlite: true, records);
                await transaction.CommitAsync(CancellationToken.None);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, cancellationToken, urgent);
    }
}
