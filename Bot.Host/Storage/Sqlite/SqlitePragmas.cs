using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// Per-connection settings: in WAL mode synchronous=NORMAL is still crash-safe for the
/// database (a power cut may lose the last commits, never corrupt), and it makes commits cheap.
/// secure_delete zeroes deleted and overwritten content, so personal data removed from a row
/// (a blanked message, a deleted account) does not linger in free space of the file.
/// A writer that still meets a busy database (one outside the <see cref="WriteGate"/>) waits in
/// SQLite's own short-step busy handler rather than Microsoft.Data.Sqlite's 150 ms sleeps.
/// The log is checkpointed by <see cref="SqliteCheckpointer"/>; a commit checkpoints it itself
/// only past 20,000 pages (80 MB), if that service has stopped.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // Pooled connections keep their native handle, and the pragmas with it: set them once per handle.
    private static readonly ConditionalWeakTable<object, object> s_configured = new();

    internal static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            if (s_configured.TryGetValue(handle, out _))
            {
                return;
            }

            s_configured.AddOrUpdate(handle, handle);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=20000;";
        command.ExecuteNonQuery();
    }
}
