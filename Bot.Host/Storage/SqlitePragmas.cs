using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bot.Host.Storage;

/// <summary>
/// Per-connection settings: in WAL mode synchronous=NORMAL is still crash-safe for the
/// database (a power cut may lose the last commits, never corrupt), and it makes commits cheap.
/// secure_delete zeroes deleted and overwritten content, so personal data removed from a row
/// (a blanked message, a deleted account) does not linger in free space of the file.
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
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";
        command.ExecuteNonQuery();
    }
}
