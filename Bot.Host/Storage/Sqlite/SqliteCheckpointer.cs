using Bot.Host.Metrics;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

/// <summary>What one checkpoint pass found: frames in the write-ahead log, and how many are now in the database file.</summary>
internal readonly record struct CheckpointPass(bool Busy, long LogFrames, long CheckpointedFrames)
{
    public bool Complete => !Busy && LogFrames == CheckpointedFrames;
}

/// <summary>
/// SQLite: copies the write-ahead log back into the database file five times a second (by default,
/// Storage:CheckpointIntervalMs = 200), off the
/// message path. Left to SQLite, the commit that crosses 1,000 log pages does the copy (and its
/// two fsyncs) itself, inside the write gate: under load that was many times a second, and every
/// webhook waiting on the gate waited for it.
/// Each pass first copies twice beside the ongoing writes; then, holding the gate so nothing is
/// appended meanwhile, it copies the few pages written since and waits (10 ms at most) for
/// readers still on the old log. The next write then starts the log afresh, so the log file
/// stays small. (Copies beside the writers alone never finish under steady traffic, and the log
/// grew without end: tried.) The connections' own automatic checkpoint
/// (<see cref="SqlitePragmas"/>) stays as a far threshold, in case this service stops.
/// Measured (docs/durability.md, round 6): at 1,000 turns a second the log takes about 4,500
/// pages between passes, and a pass holds the gate about 5 ms.
/// </summary>
internal sealed partial class SqliteCheckpointer(string connectionString, TimeSpan interval, WriteGate gate, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    // A thread of its own: a pass blocks on copies and fsyncs for tens of milliseconds, which on
    // a pool thread held up the continuations of turns and webhooks (one of them holding the gate).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Loop(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Loop(CancellationToken stoppingToken)
    {
        using var connection = new SqliteConnection(connectionString);
        while (!stoppingToken.WaitHandle.WaitOne(interval))
        {
            try
            {
                Run(connection);
            }
            catch (SqliteException e)
            {
                // The log keeps its pages; the next pass (or the automatic checkpoint) copies them.
                LogFailed(logger, e.SqliteErrorCode, e.Message);
            }
        }

        // Stopping: SQLite checkpoints when the last connection closes.
    }

    /// <summary>One pass: two copies beside the writers, then the rest under the gate.</summary>
    internal CheckpointPass Run(SqliteConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
            SqlitePragmas.Apply(connection);

            // Under the gate, wait at most this long for readers still on the old log.
            using var timeout = connection.CreateCommand();
            timeout.CommandText = "PRAGMA busy_timeout=10;";
            timeout.ExecuteNonQuery();
        }

        var pass = Checkpoint(connection, "PASSIVE");
        if (pass.LogFrames > 0)
        {
            // The second copy takes what was written during the first, so the part under the gate is short.
            pass = Checkpoint(connection, "PASSIVE");

            // RESTART copies the last pages and then waits for the readers still on the old log:
            // once none are, the next write starts the log afresh.
            pass = gate.Run(() => Checkpoint(connection, "RESTART"));
        }

        // (Nothing in the log: nothing written since it was last started, or not in WAL mode yet.)
        MessagingMetrics.SqliteLogPages.Set(Math.Max(pass.LogFrames, 0));
        return pass;
    }

    private static CheckpointPass Checkpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new CheckpointPass(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpoint of the SQLite log failed ({Code}): {Message}")]
    private static partial void LogFailed(ILogger logger, int code, string message);
}
