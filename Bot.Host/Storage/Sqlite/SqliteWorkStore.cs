using Bot.Host.Messaging.Worker;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Storage.Sqlite;

/// <summary>SQLite, one node: every pending message is this node's, and no lease is held.</summary>
internal sealed class SqliteWorkStore(IServiceScopeFactory scopes) : IWorkStore
{
    public bool SharedByNodes => false;

    public async Task<List<string>> WaitingConversationsAsync(DateTimeOffset? receivedBefore, int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MessagePathQueries.WaitingConversationsAsync(scope.ServiceProvider.GetRequiredService<BotDbContext>(), receivedBefore, limit, cancellationToken);
    }

    public Task ReleaseLeaseAsync(string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A lease found at start belongs to this node's previous, dead, run: freed at once instead of after it expires.</summary>
    public async Task ReleaseLeasesOfEarlierRunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await db.Conversations.Where(c => c.LeaseOwner != null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LeaseOwner, (string?)null).SetProperty(c => c.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        await db.Outbox.Where(m => m.LeaseOwner != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    public async Task<List<long>> FinishedAsync(IReadOnlyCollection<long> inboxIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await MessagePathQueries.FinishedAsync(scope.ServiceProvider.GetRequiredService<BotDbContext>(), inboxIds, cancellationToken);
    }
}
