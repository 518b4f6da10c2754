using System.Data.Common;
using Bot.Host.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bot.Host.Storage;

/// <summary>
/// The connection, transaction and commands of one hand-written write on the message path. In
/// the caller's transaction when the context has one (a PostgreSQL turn, which holds its
/// conversation's row lock); otherwise its own: on SQLite over the process's
/// <see cref="SqliteWriteConnection"/>, on PostgreSQL over the context's connection.
/// </summary>
internal sealed class WriteSession : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqliteWriteConnection? _writer;
    private readonly IDbContextTransaction? _ownEf;
    private readonly List<DbCommand> _created = [];
    private bool _committed;

    private WriteSession(bool sqlite, DbConnection connection, DbTransaction transaction, SqliteWriteConnection? writer, IDbContextTransaction? ownEf)
    {
        Sqlite = sqlite;
        _connection = connection;
        _transaction = transaction;
        _writer = writer;
        _ownEf = ownEf;
    }

    /// <summary>Whether times are stored as SQLite ticks (<see cref="SqlCommands.Time"/>).</summary>
    public bool Sqlite { get; }

    public static async Task<WriteSession> BeginAsync(BotDbContext db, SqliteWriteConnection? writer, CancellationToken cancellationToken)
    {
        var sqlite = db is SqliteBotDbContext;
        if (db.Database.CurrentTransaction is { } current)
        {
            return new WriteSession(sqlite, db.Database.GetDbConnection(), current.GetDbTransaction(), null, null);
        }

        if (sqlite && writer is not null)
        {
            var transaction = writer.Begin();
            return new WriteSession(sqlite, transaction.Connection!, transaction, writer, null);
        }

        var own = await db.Database.BeginTransactionAsync(cancellationToken);
        return new WriteSession(sqlite, db.Database.GetDbConnection(), own.GetDbTransaction(), null, own);
    }

    /// <summary>A command for <paramref name="sql"/> in the session's transaction; the session disposes it.</summary>
    public DbCommand Command(string sql)
    {
        if (_writer is not null)
        {
            return _writer.Command((SqliteTransaction)_transaction, sql);
        }

        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        _created.Add(command);
        return command;
    }

    /// <summary>Commits the session's own transaction; in the caller's, the caller commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_ownEf is not null)
        {
            await _ownEf.CommitAsync(cancellationToken);
        }
        else if (_writer is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }

        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _created)
        {
            await command.DisposeAsync();
        }

        if (_ownEf is not null)
        {
            await _ownEf.DisposeAsync();
        }
        else if (_writer is not null)
        {
            try
            {
                // Not committed: rolled back here.
                await _transaction.DisposeAsync();
            }
            catch (SqliteException) when (!_committed)
            {
                // The connection is in a state it cannot roll back from: start afresh.
                _writer.Reset();
            }
        }
    }
}
