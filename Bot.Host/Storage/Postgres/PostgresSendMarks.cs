using Bot.Host.Messaging.Outbox;
using Npgsql;

namespace Bot.Host.Storage.Postgres;

/// <summary>
/// PostgreSQL: the dispatcher's lease on an outbox row and the record of its send, written
/// without waiting for the server's disk (synchronous_commit off, on connections of their own).
/// Both are written while the send slot is held, so their fsyncs were most of a send's time and
/// set the pace of every node. A committed row survives the death of the node at once (the
/// server has it); only a crash of the database server itself within a fraction of a second can
/// lose the latest, and then a message may go out twice. That is the same trade the SQLite send
/// journal makes (appended without fsync). Turns and inbound messages keep full durability.
/// </summary>
public sealed class PostgresSendMarks(string connectionString) : IAsyncDisposable
{
    internal const string LeaseSql = """
        UPDATE outbox SET "LeaseOwner" = @me, "LeaseUntil" = @until
        WHERE "Id" = @id AND "Status" = 0 AND ("LeaseOwner" IS NULL OR "LeaseOwner" = @me OR "LeaseUntil" < @now);
        """;

    private readonly NpgsqlDataSource _source = new NpgsqlDataSourceBuilder(
        new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c synchronous_commit=off" }.ConnectionString).Build();

    /// <summary>Takes (or extends) this node's lease on a pending row; false when another node holds it or it is no longer pending.</summary>
    public async Task<bool> LeaseAsync(long id, string me, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var command = _source.CreateCommand(LeaseSql);
        command.Add("@me", me);
        command.Add("@until", until.ToUniversalTime());
        command.Add("@now", now.ToUniversalTime());
        command.Add("@id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Writes the records in order; several in one transaction, one on its own.</summary>
    public async Task RecordAsync(IReadOnlyList<SendRecord> records)
    {
        await using var connection = await _source.OpenConnectionAsync();
        if (records.Count == 1)
        {
            await OutboxRecordStatement.ApplyAsync(connection, null, sqlite: false, records);
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await OutboxRecordStatement.ApplyAsync(connection, transaction, sqlite: false, records);
        await transaction.CommitAsync();
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
