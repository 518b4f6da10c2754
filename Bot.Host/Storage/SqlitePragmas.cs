using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bot.Host.Storage;

/// <summary>
/// Per-connection settings: in WAL mode synchronous=NORMAL is still crash-safe for the
/// database (a power cut may lose the last commits, never corrupt), and it makes commits cheap.
/// A writer that still meets a busy database (one outside the <see cref="WriteGate"/>) waits in
/// SQLite's own short-step busy handler rather than Microsoft.Data.Sqlite's 150 ms sleeps.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
    }
}
