using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Storage;

/// <summary>
/// A compiled EF query per context type: a compiled query keeps the SQL of the provider it
/// first ran on, and one process may use both (the tests do).
/// </summary>
internal sealed class PerProvider<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> _byContext = new();

    public TQuery For(DbContext db) => _byContext.GetOrAdd(db.GetType(), _ => compile());
}
