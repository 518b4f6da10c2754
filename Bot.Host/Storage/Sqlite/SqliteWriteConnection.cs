using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// SQLite: the one connection the message path's hand-written writes use (storing an inbound
/// message, saving a turn), open for the life of the process, with its statements prepared once.
/// Those writes take the <see cref="WriteGate"/>, so one connection serves them all. A pooled
/// connection opened through EF pays on every opening for EF's SQL functions to be registered
/// and removed again, and a fresh command parses its SQL again: on a turn of a millisecond or
/// two, both were a noticeable share.
/// Only used inside the write gate; EF's own saves keep their pooled connections.
/// </summary>
public sealed class SqliteWriteConnection(string connectionString) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;

    /// <summary>Begins a transaction on the connection, opening it first if needed.</summary>
    public SqliteTransaction Begin()
    {
        if (_connection is null)
        {
            var connection = new SqliteConnection(connectionString);
            connection.Open();
            SqlitePragmas.Apply(connection);
            _connection = connection;
        }

        return _connection.BeginTransaction();
    }

    /// <summary>The prepared command for <paramref name="sql"/>, in <paramref name="transaction"/>, with no parameters yet.</summary>
    public DbCommand Command(SqliteTransaction transaction, string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection!.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>After a failure the connection is closed, and the next write opens a fresh one.</summary>
    public void Reset()
    {
        Dispose();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }
}
