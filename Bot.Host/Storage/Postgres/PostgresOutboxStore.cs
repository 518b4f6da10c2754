using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;

namespace Bot.Host.Storage.Postgres;

/// <summary>
/// PostgreSQL, several nodes: a row is leased before it is sent, and each send is recorded on its
/// row at once, both on <see cref="PostgresSendMarks"/>' connections of their own.
/// </summary>
internal sealed class PostgresOutboxStore(IServiceScopeFactory scopes, PostgresSendMarks marks) : IOutboxStore
{
    public bool SharedByNodes => true;

    public async Task<List<OutboxMessage>> PendingAsync(int take, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MessagePathQueries.PendingOutboxAsync(scope.ServiceProvider.GetRequiredService<BotDbContext>(), take, cancellationToken);
    }

    public Task<bool> LeaseAsync(long outboxId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        marks.LeaseAsync(outboxId, owner, now, until, cancellationToken);

    public Task RecordAsync(IReadOnlyList<SendRecord> records, bool urgent, CancellationToken cancellationToken) => marks.RecordAsync(records);
}
