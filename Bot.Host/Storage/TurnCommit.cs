using Bot.Host.Messaging;
using Bot.Host.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Bot.Host.Storage;

/// <summary>
/// Saves a turn. Most turns change only the message path's own rows: the conversation's state,
/// the inbox row, and new replies. Those are written with three hand-written statements in one
/// transaction, a fraction of what EF's change-set machinery costs on every turn (and, on
/// SQLite, of the time the database's write lock is held). Any other change (a user, a ticket,
/// a changed conversation profile) goes through EF's SaveChanges as before. On SQLite the
/// conversation is read without EF, so EF cannot see a changed profile column: the SQLite turn
/// store compares it with what it read (<see cref="ConversationProfile"/>) and names the changed
/// columns. The statements' table and column names are checked against the EF model by
/// MessagePathSchemaTests.
/// </summary>
internal static class TurnCommit
{
    // The columns a turn itself changes on its conversation; anything else means "use EF".
    internal static readonly HashSet<string> TurnColumns =
    [
        nameof(ConversationRecord.State), nameof(ConversationRecord.LastSeq), nameof(ConversationRecord.UpdatedAt),
        nameof(ConversationRecord.LeaseOwner), nameof(ConversationRecord.LeaseUntil), nameof(ConversationRecord.RateWindowStart),
        nameof(ConversationRecord.RateCount), nameof(ConversationRecord.RateNotified), nameof(ConversationRecord.Version),
    ];

    // The inbox row's columns a turn sets (the payload when it blanks personal data in it).
    internal static readonly HashSet<string> InboxColumns =
    [
        nameof(InboxMessage.Status), nameof(InboxMessage.ProcessedAt), nameof(InboxMessage.Attempts), nameof(InboxMessage.Error),
        nameof(InboxMessage.Payload),
    ];

    internal const string UpdateConversation = """
        UPDATE conversations SET "State" = @state, "LastSeq" = @seq, "UpdatedAt" = @updated, "LeaseOwner" = @leaseOwner,
            "LeaseUntil" = @leaseUntil, "RateWindowStart" = @rateStart, "RateCount" = @rateCount, "RateNotified" = @rateNotified,
            "Version" = @version + 1
        WHERE "Id" = @id AND "Version" = @version;
        """;

    internal const string UpdateInbox = """
        UPDATE inbox SET "Status" = @status, "ProcessedAt" = @processed, "Attempts" = @attempts, "Error" = @error, "Payload" = @payload
        WHERE "Id" = @id;
        """;

    internal const string InsertOutbox = """
        INSERT INTO outbox ("Channel", "ConversationId", "Recipient", "Seq", "InboxId", "Payload", "Status", "Attempts",
                            "NextAttemptAt", "CreatedAt", "SentAt", "Error", "ExternalId", "LeaseOwner", "LeaseUntil")
        VALUES (@channel, @conversation, @recipient, @seq, @inbox, @payload, @status, @attempts,
                @next, @created, @sent, @error, @external, NULL, NULL)
        RETURNING "Id";
        """;

    /// <summary>
    /// Saves the turn's changes (in the caller's transaction, if any); throws
    /// <see cref="DbUpdateConcurrencyException"/> on a version conflict. Returns the new outbox rows
    /// waiting to be sent (replies, staff posts, mails), with their ids, for the dispatcher.
    /// <paramref name="detached"/>: the conversation and the inbox row were read without EF (on
    /// SQLite), so the context does not track them; the turn has changed both.
    /// </summary>
    public static Task<List<OutboxMessage>> SaveAsync(
        BotDbContext db, SqliteWriteConnection? writer, ConversationRecord record, InboxMessage row, CancellationToken cancellationToken,
        bool detached = false, List<string>? changedProfile = null) =>
        SaveAsync(db, writer, Prepare(db, record, row, detached, changedProfile), cancellationToken);

    /// <summary>
    /// What a turn will write, with its personal columns already sealed: SQLite commits under its
    /// single write lock, so the encryption is done before taking it, not while others wait.
    /// </summary>
    public static PreparedTurn Prepare(BotDbContext db, ConversationRecord record, InboxMessage row, bool detached = false, List<string>? changedProfile = null)
    {
        var entries = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        var sending = entries.Where(e => e.State == EntityState.Added).Select(e => e.Entity).OfType<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Pending).ToList();
        if (changedProfile is not null || !IsTurnOnly(entries, record, row))
        {
            return new PreparedTurn(record, row, entries, sending, detached, changedProfile, ThroughEf: true, null, null, []);
        }

        var text = db.StoredText;
        var state = detached || db.Entry(record).State == EntityState.Modified
            ? text.Seal("conversations", nameof(ConversationRecord.State), record.Id, record.State)
            : null;
        var payload = text.Seal("inbox", nameof(InboxMessage.Payload), StoredText.InboxRow(row), row.Payload);
        var replies = entries.Where(e => e.State == EntityState.Added).Select(e => (OutboxMessage)e.Entity)
            .Select(m => (m, text.Seal("outbox", nameof(OutboxMessage.Payload), StoredText.OutboxRow(m), m.Payload))).ToList();
        return new PreparedTurn(record, row, entries, sending, detached, changedProfile, ThroughEf: false, state, payload, replies);
    }

    /// <summary>Writes a prepared turn; see the other overload.</summary>
    public static async Task<List<OutboxMessage>> SaveAsync(BotDbContext db, SqliteWriteConnection? writer, PreparedTurn turn, CancellationToken cancellationToken)
    {
        var (record, row, entries, sending) = (turn.Record, turn.Row, turn.Entries, turn.Sending);
        if (turn.ThroughEf)
        {
            if (turn.Detached)
            {
                Track(db, record, row, turn.ChangedProfile);
            }

            await db.SaveChangesAsync(cancellationToken);
            return sending;
        }

        await using (var session = await WriteSession.BeginAsync(db, writer, cancellationToken))
        {
            var sqlite = session.Sqlite;
            if (turn.SealedState is not null)
            {
                var update = session.Command(UpdateConversation);
                update.Add("@state", turn.SealedState);
                update.Add("@seq", record.LastSeq);
                update.Add("@updated", SqlCommands.Time(sqlite, record.UpdatedAt));
                update.Add("@leaseOwner", record.LeaseOwner);
                update.Add("@leaseUntil", record.LeaseUntil is { } until ? SqlCommands.Time(sqlite, until) : null);
                update.Add("@rateStart", record.RateWindowStart is { } start ? SqlCommands.Time(sqlite, start) : null);
                update.Add("@rateCount", record.RateCount);
                update.Add("@rateNotified", record.RateNotified);
                update.Add("@version", record.Version);
                update.Add("@id", record.Id);
                if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    throw new DbUpdateConcurrencyException($"Conversation {record.Id} was changed by someone else during the turn.");
                }

                record.Version++;
            }

            var inbox = session.Command(UpdateInbox);
            inbox.Add("@status", (int)row.Status);
            inbox.Add("@processed", row.ProcessedAt is { } processed ? SqlCommands.Time(sqlite, processed) : null);
            inbox.Add("@attempts", row.Attempts);
            inbox.Add("@error", row.Error);
            inbox.Add("@payload", turn.SealedPayload);
            inbox.Add("@id", row.Id);
            await inbox.ExecuteNonQueryAsync(cancellationToken);

            foreach (var (message, sealedPayload) in turn.Replies)
            {
                var insert = session.Command(InsertOutbox);
                insert.Add("@channel", message.Channel);
                insert.Add("@conversation", message.ConversationId);
                insert.Add("@recipient", message.Recipient);
                insert.Add("@seq", message.Seq);
                insert.Add("@inbox", message.InboxId);
                insert.Add("@payload", sealedPayload);
                insert.Add("@status", (int)message.Status);
                insert.Add("@attempts", message.Attempts);
                insert.Add("@next", SqlCommands.Time(sqlite, message.NextAttemptAt));
                insert.Add("@created", SqlCommands.Time(sqlite, message.CreatedAt));
                insert.Add("@sent", message.SentAt is { } sent ? SqlCommands.Time(sqlite, sent) : null);
                insert.Add("@error", message.Error);
                insert.Add("@external", message.ExternalId);
                message.Id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }

            await session.CommitAsync(cancellationToken);
        }

        // Written: the context must not write them again.
        foreach (var entry in entries)
        {
            entry.State = EntityState.Detached;
        }

        return sending;
    }

    /// <summary>
    /// Lets EF save a detached turn with the rest of its changes: attached as read (the version
    /// read is the concurrency check), with the columns a turn sets and the changed profile
    /// columns marked changed.
    /// </summary>
    private static void Track(BotDbContext db, ConversationRecord record, InboxMessage row, List<string>? changedProfile)
    {
        var conversation = db.Attach(record);
        foreach (var column in TurnColumns.Where(c => c != nameof(ConversationRecord.Version)).Concat(changedProfile ?? []))
        {
            conversation.Property(column).IsModified = true;
        }

        var inbox = db.Attach(row);
        foreach (var column in InboxColumns)
        {
            inbox.Property(column).IsModified = true;
        }
    }

    /// <summary>Whether the only changes are the conversation's turn columns, the inbox row and new outbox rows.</summary>
    private static bool IsTurnOnly(List<EntityEntry> entries, ConversationRecord record, InboxMessage row)
    {
        foreach (var entry in entries)
        {
            var fine = entry.Entity switch
            {
                ConversationRecord r when ReferenceEquals(r, record) => entry.State == EntityState.Modified
                    && entry.Properties.Where(p => p.IsModified).All(p => TurnColumns.Contains(p.Metadata.Name)),
                InboxMessage m when ReferenceEquals(m, row) => entry.State == EntityState.Modified
                    && entry.Properties.Where(p => p.IsModified).All(p => InboxColumns.Contains(p.Metadata.Name)),
                OutboxMessage => entry.State == EntityState.Added,
                _ => false,
            };
            if (!fine)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A turn ready to write: its changes, and for the statements' path the sealed personal columns.</summary>
internal sealed record PreparedTurn(
    ConversationRecord Record,
    InboxMessage Row,
    List<EntityEntry> Entries,
    List<OutboxMessage> Sending,
    bool Detached,
    List<string>? ChangedProfile,
    bool ThroughEf,
    string? SealedState,
    string? SealedPayload,
    List<(OutboxMessage Message, string? SealedPayload)> Replies);
