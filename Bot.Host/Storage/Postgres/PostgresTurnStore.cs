using Bot.Host.Configuration;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Worker;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Host.Storage.Postgres;

/// <summary>
/// PostgreSQL, several nodes: the whole turn is one transaction that begins by claiming (or
/// renewing) this node's lease on the conversation row, which stays locked until commit, so a
/// node whose lease expired during a slow turn cannot commit a turn another node also runs.
/// The transaction ends with the scope if the turn never commits (rolled back).
/// </summary>
internal sealed class PostgresTurnStore(BotDbContext db, NodeIdentity node, IOptions<WorkerOptions> options, TimeProvider clock) : ITurnStore, IAsyncDisposable
{
    private IDbContextTransaction? _transaction;

    public async ValueTask<TurnStart> BeginAsync(string conversationId, CancellationToken cancellationToken)
    {
        await EndAsync();
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(conversationId, cancellationToken))
        {
            await EndAsync();
            return TurnStart.Elsewhere;
        }

        var rows = await MessagePathQueries.NextTwoAsync(db, conversationId, cancellationToken);
        var record = await MessagePathQueries.ConversationAsync(db, conversationId);
        if (rows.Count == 0)
        {
            // Nothing waits: the lease goes in the same commit.
            record.LeaseOwner = null;
            record.LeaseUntil = null;
            await db.SaveChangesAsync(cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
            await EndAsync();
            return TurnStart.Nothing;
        }

        return new TurnStart(TurnStatus.Processed, record, rows);
    }

    public async Task<List<OutboxMessage>> CommitAsync(ConversationRecord conversation, InboxMessage message, CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("A turn commits after it began.");
        var sending = await TurnCommit.SaveAsync(db, null, conversation, message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await EndAsync();
        return sending;
    }

    public async Task<(long? Finished, List<OutboxMessage> Sending)> RecordFailureAsync(
        string conversationId, Func<InboxMessage, ConversationRecord, long?> fail, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await ClaimAsync(conversationId, cancellationToken))
        {
            return (null, []);
        }

        var result = await MessagePathQueries.RecordFailureAsync(db, conversationId, fail, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private Task<bool> ClaimAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return MessagePathQueries.ClaimAsync(db, conversationId, node.Id, now, now.AddSeconds(options.Value.LeaseSeconds), cancellationToken);
    }

    private async ValueTask EndAsync()
    {
        if (_transaction is { } transaction)
        {
            _transaction = null;
            await transaction.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => EndAsync();
}
