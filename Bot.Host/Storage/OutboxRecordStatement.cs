using System.Data.Common;
using Bot.Host.Messaging.Outbox;

namespace Bot.Host.Storage;

/// <summary>Writes send outcomes to their outbox rows: one prepared UPDATE, reused for a batch.</summary>
internal static class OutboxRecordStatement
{
    internal const string Sql = """
        UPDATE outbox SET "Status" = @status, "Attempts" = @attempts, "Error" = @error,
            "ExternalId" = COALESCE(@external, "ExternalId"), "SentAt" = COALESCE(@sent, "SentAt"),
            "NextAttemptAt" = @next, "LeaseOwner" = NULL, "LeaseUntil" = NULL
        WHERE "Id" = @id;
        """;

    /// <summary>Applies the records in order on an open connection, inside <paramref name="transaction"/> if given.</summary>
    public static async Task ApplyAsync(DbConnection connection, DbTransaction? transaction, bool sqlite, IEnumerable<SendRecord> records)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        var status = command.Add("@status", null);
        var attempts = command.Add("@attempts", null);
        var error = command.Add("@error", null);
        var external = command.Add("@external", null);
        var sent = command.Add("@sent", null);
        var next = command.Add("@next", null);
        var id = command.Add("@id", null);
        foreach (var record in records)
        {
            status.Value = (int)record.Status;
            attempts.Value = record.Attempts;
            error.Value = (object?)record.Error ?? DBNull.Value;
            external.Value = (object?)record.ExternalId ?? DBNull.Value;
            sent.Value = record.SentAt is { } at ? SqlCommands.Time(sqlite, at) : DBNull.Value;
            next.Value = SqlCommands.Time(sqlite, record.NextAttemptAt);
            id.Value = record.OutboxId;
            await command.ExecuteNonQueryAsync();
        }
    }
}
