using System.Globalization;
using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Storage.Sqlite;

namespace Bot.Host.Storage;

/// <summary>
/// The inbox write: two hand-written statements in one short transaction (SQL both providers
/// accept). Their table and column names are checked against the EF model by
/// MessagePathSchemaTests.
/// </summary>
internal static class InboxStatements
{
    // The unique (Channel, ExternalId) key decides what is a copy, on either provider and
    // however many nodes: the insert of a copy does nothing and returns no id.
    internal const string InsertMessage = """
        INSERT INTO inbox ("Channel", "ExternalId", "ConversationId", "Payload", "ReceivedAt", "Status", "Attempts")
        VALUES (@channel, @external, @conversation, @payload, @now, 0, 0)
        ON CONFLICT ("Channel", "ExternalId") DO NOTHING
        RETURNING "Id";
        """;

    internal const string FindMessage = """
        SELECT "Id" FROM inbox WHERE "Channel" = @channel AND "ExternalId" = @external;
        """;

    // Only the channel profile columns: the turn owns the state, sequence and version columns,
    // so this never conflicts with a turn running on the same conversation. A user who writes
    // can be written to again (on Telegram, writing after blocking the bot means unblocking it).
    internal const string UpsertConversation = """
        INSERT INTO conversations ("Id", "Channel", "Key", "Address", "State", "LastSeq", "CreatedAt", "UpdatedAt", "LastInboundAt",
                                   "DisplayName", "UserName", "LanguageCode", "Blocked", "RateCount", "RateNotified", "Version")
        VALUES (@conversation, @channel, @key, @address, '', 0, @now, @now, @now, @display, @user, @language, FALSE, 0, FALSE, 0)
        ON CONFLICT ("Id") DO UPDATE SET
            "LastInboundAt" = excluded."LastInboundAt",
            "Blocked" = FALSE,
            "Address" = COALESCE(excluded."Address", conversations."Address"),
            "DisplayName" = COALESCE(excluded."DisplayName", conversations."DisplayName"),
            "UserName" = COALESCE(excluded."UserName", conversations."UserName"),
            "LanguageCode" = COALESCE(excluded."LanguageCode", conversations."LanguageCode");
        """;

    /// <param name="db">The scope's context (its sealing, and on PostgreSQL its connection).</param>
    /// <param name="writer">SQLite's write connection; null on PostgreSQL.</param>
    public static async Task<InboxWriteResult> AddAsync(
        BotDbContext db, SqliteWriteConnection? writer, DateTimeOffset at, Inbound inbound, string conversationId, string? address, CancellationToken cancellationToken) =>
        await AddAsync(db, writer, at, Seal(db, inbound, conversationId), address, cancellationToken);

    /// <summary>
    /// The message's personal columns sealed ahead of the write: on SQLite the write holds the
    /// single write lock, and nobody should wait on encryption.
    /// </summary>
    public static SealedInbound Seal(BotDbContext db, Inbound inbound, string conversationId)
    {
        var text = db.StoredText;
        return new SealedInbound(
            inbound,
            conversationId,
            text.Seal("inbox", nameof(InboxMessage.Payload), StoredText.InboxRow(inbound.Channel, inbound.ExternalId), MessageJson.Serialize(inbound))!,
            text.Seal("conversations", nameof(ConversationRecord.DisplayName), conversationId, inbound.Sender?.DisplayName),
            text.Seal("conversations", nameof(ConversationRecord.UserName), conversationId, inbound.Sender?.UserName));
    }

    /// <summary>Writes a sealed message; see the other overload.</summary>
    public static async Task<InboxWriteResult> AddAsync(
        BotDbContext db, SqliteWriteConnection? writer, DateTimeOffset at, SealedInbound message, string? address, CancellationToken cancellationToken)
    {
        var (inbound, conversationId) = (message.Inbound, message.ConversationId);
        await using var session = await WriteSession.BeginAsync(db, writer, cancellationToken);
        var now = SqlCommands.Time(session.Sqlite, at);
        var insert = session.Command(InsertMessage);
        insert.Add("@channel", inbound.Channel);
        insert.Add("@external", inbound.ExternalId);
        insert.Add("@conversation", conversationId);
        insert.Add("@payload", message.Payload);
        insert.Add("@now", now);
        if (await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull)
        {
            var upsert = session.Command(UpsertConversation);
            upsert.Add("@conversation", conversationId);
            upsert.Add("@channel", inbound.Channel);
            upsert.Add("@key", inbound.ConversationKey);
            upsert.Add("@address", address);
            upsert.Add("@now", now);
            upsert.Add("@display", message.DisplayName);
            upsert.Add("@user", message.UserName);
            upsert.Add("@language", inbound.Sender?.LanguageCode);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            await session.CommitAsync(cancellationToken);
            return new InboxWriteResult(Convert.ToInt64(id, CultureInfo.InvariantCulture), Duplicate: false);
        }

        var find = session.Command(FindMessage);
        find.Add("@channel", inbound.Channel);
        find.Add("@external", inbound.ExternalId);
        var first = Convert.ToInt64(await find.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await session.CommitAsync(cancellationToken);
        return new InboxWriteResult(first, Duplicate: true);
    }
}

/// <summary>An inbound message with its personal columns sealed, ready for the inbox write.</summary>
internal sealed record SealedInbound(Inbound Inbound, string ConversationId, string Payload, string? DisplayName, string? UserName);
