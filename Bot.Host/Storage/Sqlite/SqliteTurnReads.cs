using System.Collections.Concurrent;
using Bot.Host.Messaging;
using Microsoft.Data.Sqlite;

namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// SQLite: the two reads that begin every turn (the conversation's next pending messages, and the
/// conversation), on connections kept open with both statements prepared. Through EF each turn
/// opened a pooled connection (registering EF's SQL functions on it and removing them again),
/// parsed both statements anew and built its entities through compiled delegates: together
/// about a tenth of the host's CPU per turn. The rows come back untracked;
/// <see cref="TurnCommit"/> writes them.
/// </summary>
public sealed class SqliteTurnReads(string connectionString, StoredText text) : IDisposable
{
    private readonly ConcurrentBag<Reader> _idle = [];
    private bool _disposed;

    /// <summary>Up to two pending messages, oldest first, and the conversation (null when no message waits).</summary>
    public (List<InboxMessage> Rows, ConversationRecord? Conversation) Next(string conversationId)
    {
        // One reader per turn running at once: a turn takes one and puts it back.
        var reader = _idle.TryTake(out var idle) ? idle : new Reader(connectionString);
        try
        {
            var result = reader.Next(conversationId);
            Return(reader);
            OpenSealed(result.Item1, result.Item2, text);
            return result;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    // The rows come back as EF would give them: with the personal columns opened.
    private static void OpenSealed(List<InboxMessage> rows, ConversationRecord? conversation, StoredText text)
    {
        foreach (var row in rows)
        {
            foreach (var column in StoredText.ByEntity[typeof(InboxMessage)])
            {
                text.Open(column, row);
            }
        }

        if (conversation is not null)
        {
            foreach (var column in StoredText.ByEntity[typeof(ConversationRecord)])
            {
                text.Open(column, conversation);
            }
        }
    }

    private void Return(Reader reader)
    {
        if (Volatile.Read(ref _disposed))
        {
            reader.Dispose();
            return;
        }

        _idle.Add(reader);
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    // Read by position below; MessagePathSchemaTests checks they name every column of the model.
    internal const string InboxSql = """
        SELECT "Id", "Channel", "ExternalId", "ConversationId", "Payload", "ReceivedAt", "Status", "Attempts", "Error", "ProcessedAt"
        FROM inbox WHERE "ConversationId" = @id AND "Status" = 0 ORDER BY "Id" LIMIT 2;
        """;

    internal const string ConversationSql = """
        SELECT "Id", "Channel", "Key", "Address", "State", "LastSeq", "CreatedAt", "UpdatedAt", "LastInboundAt", "DisplayName",
               "UserName", "LanguageCode", "Blocked", "LeaseOwner", "LeaseUntil", "RateWindowStart", "RateCount", "RateNotified", "Version"
        FROM conversations WHERE "Id" = @id;
        """;

    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _inbox;
        private readonly SqliteCommand _conversation;

        public Reader(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            SqlitePragmas.Apply(_connection);
            _inbox = Prepare(SqliteTurnReads.InboxSql);
            _conversation = Prepare(SqliteTurnReads.ConversationSql);
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add("@id", SqliteType.Text);
            command.Prepare();
            return command;
        }

        public (List<InboxMessage>, ConversationRecord?) Next(string conversationId)
        {
            var rows = new List<InboxMessage>(2);
            _inbox.Parameters[0].Value = conversationId;
            using (var r = _inbox.ExecuteReader())
            {
                while (r.Read())
                {
                    rows.Add(new InboxMessage
                    {
                        Id = r.GetInt64(0),
                        Channel = r.GetString(1),
                        ExternalId = r.GetString(2),
                        ConversationId = r.GetString(3),
                        Payload = r.GetString(4),
                        ReceivedAt = Time(r, 5)!.Value,
                        Status = (InboxStatus)r.GetInt32(6),
                        Attempts = r.GetInt32(7),
                        Error = Text(r, 8),
                        ProcessedAt = Time(r, 9),
                    });
                }
            }

            if (rows.Count == 0)
            {
                return (rows, null);
            }

            _conversation.Parameters[0].Value = conversationId;
            using var c = _conversation.ExecuteReader();
            if (!c.Read())
            {
                throw new InvalidOperationException($"Conversation {conversationId} has messages but no row.");
            }

            return (rows, new ConversationRecord
            {
                Id = c.GetString(0),
                Channel = c.GetString(1),
                Key = c.GetString(2),
                Address = Text(c, 3),
                State = c.GetString(4),
                LastSeq = c.GetInt64(5),
                CreatedAt = Time(c, 6)!.Value,
                UpdatedAt = Time(c, 7)!.Value,
                LastInboundAt = Time(c, 8),
                DisplayName = Text(c, 9),
                UserName = Text(c, 10),
                LanguageCode = Text(c, 11),
                Blocked = c.GetInt64(12) != 0,
                LeaseOwner = Text(c, 13),
                LeaseUntil = Time(c, 14),
                RateWindowStart = Time(c, 15),
                RateCount = c.GetInt32(16),
                RateNotified = c.GetInt64(17) != 0,
                Version = c.GetInt64(18),
            });
        }

        private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

        // Times are stored as UTC ticks on SQLite (DateTimeOffsetToTicksConverter).
        private static DateTimeOffset? Time(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : new DateTimeOffset(r.GetInt64(i), TimeSpan.Zero);

        public void Dispose()
        {
            _inbox.Dispose();
            _conversation.Dispose();
            _connection.Dispose();
        }
    }
}
