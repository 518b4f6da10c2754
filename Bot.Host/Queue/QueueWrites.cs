using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Queue;

/// <summary>
/// One unit of work on the queue outside a turn (a staff API call, the promise check): its own
/// scope and transaction, under SQLite's write gate; the notices it staged go to the outbox
/// sender and open boards are woken once it committed. A lost race on a number (a staff member
/// on the Telegram group and one on the API calling at once) runs the work again.
/// </summary>
internal sealed class QueueWrites(IServiceScopeFactory scopes, WriteGate gate, WorkSignals signals, BoardSignal board)
{
    private const int MaxAttempts = 5;

    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            try
            {
                var (result, sending) = await gate.RunAsync(async () =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                    var value = await work(scope.ServiceProvider);
                    var pending = db.ChangeTracker.Entries<OutboxMessage>()
                        .Where(e => e.State == EntityState.Added && e.Entity.Status == OutboxStatus.Pending).Select(e => e.Entity).ToList();
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return (value, pending);
                }, cancellationToken);
                signals.OutboxStored(sending);
                board.Changed();
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Someone changed the same number (or the visitor's conversation) meanwhile: read again.
            }
        }
    }
}
