using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Bot.Host.Storage;

/// <summary>
/// Seals the <see cref="StoredText"/> columns as EF writes them and opens them as EF reads them.
/// Entities keep clear values in memory (the code that uses them never sees ciphertext): the
/// sealed value is only in the row for the moment of the save, then the clear one is put back.
/// </summary>
public sealed class StoredTextInterceptor : ISaveChangesInterceptor, IMaterializationInterceptor
{
    /// <summary>
    /// One instance for every host: EF keys its internal service provider on materialization
    /// interceptors, and compiled queries only run on the provider they were compiled on. Each
    /// context's own key comes from its host's services.
    /// </summary>
    public static readonly StoredTextInterceptor Shared = new();

    private readonly ConditionalWeakTable<DbContext, List<(PropertyEntry Property, string? Clear)>> _sealed = [];

    internal static StoredText TextOf(DbContext db) =>
        db.GetService<Microsoft.EntityFrameworkCore.Infrastructure.IDbContextOptions>()
            .FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<StoredText>()
        ?? throw new InvalidOperationException("The database context has no StoredText in its application services.");

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        // The context's own sealing, not this instance's: a compiled query keeps the interceptor
        // of the host it was compiled on, and a process may run several hosts (the tests do).
        var opener = TextOf(materializationData.Context);
        foreach (var column in StoredText.ByEntity[entity.GetType()])
        {
            opener.Open(column, entity);
        }

        return entity;
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        SealChanges(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        SealChanges(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        PutClearBack(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        PutClearBack(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => PutClearBack(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        PutClearBack(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => PutClearBack(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        PutClearBack(eventData.Context);
        return Task.CompletedTask;
    }

    private void SealChanges(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var text = TextOf(db);
        var list = _sealed.GetValue(db, _ => []);
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var column in StoredText.ByEntity[entry.Entity.GetType()])
            {
                var property = entry.Property(column.Name);
                if (entry.State == EntityState.Modified && !property.IsModified)
                {
                    continue;
                }

                var clear = (string?)property.CurrentValue;
                var sealedValue = text.Seal(column, entry.Entity);
                if (!ReferenceEquals(clear, sealedValue))
                {
                    list.Add((property, clear));
                    property.CurrentValue = sealedValue;
                }
            }
        }
    }

    private void PutClearBack(DbContext? db)
    {
        if (db is null || !_sealed.TryGetValue(db, out var list))
        {
            return;
        }

        foreach (var (property, clear) in list)
        {
            // Saved (Unchanged): the clear value is what the row holds, not a change. Failed: the
            // entity keeps its pending change for the retry.
            var saved = property.EntityEntry.State == EntityState.Unchanged;
            property.CurrentValue = clear;
            property.OriginalValue = clear;
            if (saved)
            {
                property.IsModified = false;
            }
        }

        list.Clear();
    }
}
