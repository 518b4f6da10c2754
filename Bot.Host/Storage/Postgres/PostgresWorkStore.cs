using Bot.Host.Messaging;
using Bot.Host.Messaging.Worker;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Storage.Postgres;

/// <summary>PostgreSQL, several nodes: conversations are leased to one node at a time; a dead node's leases expire.</summary>
internal sealed class PostgresWorkStore(IServiceScopeFactory scopes, NodeIdentity node) : IWorkStore
{
    public bool SharedByNodes => true;

    public async Task<List<string>> WaitingConversationsAsync(DateTimeOffset? receivedBefore, int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MessagePathQueries.WaitingConversationsAsync(scope.ServiceProvider.GetRequiredService<BotDbContext>(), receivedBefore, limit, cancellationToken);
    }

    public async Task ReleaseLeaseAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var me = node.Id;
        await db.Conversations
            .Where(c => c.Id == conversationId && c.LeaseOwner == me)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, (string?)null).SetProperty(c => c.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Another node may hold them: they are left to expire.</summary>
    public Task ReleaseLeasesOfEarlierRunAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<List<long>> FinishedAsync(IReadOnlyCollection<long> inboxIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MessagePathQueries.FinishedAsync(scope.ServiceProvider.GetRequiredService<BotDbContext>(), inboxIds, cancellationToken);
    }
}
