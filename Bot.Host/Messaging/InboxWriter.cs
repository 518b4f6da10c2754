using Bot.Dialogs.Model;
using Bot.Host.Metrics;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Messaging;

/// <summary>The result of storing an inbound message; a duplicate points at the first copy.</summary>
public sealed record InboxWriteResult(long InboxId, bool Duplicate);

/// <summary>
/// Stores an inbound message in the inbox, creating its conversation on first contact. Every
/// channel calls this before it answers the request, so an acknowledged message is never lost.
/// Two statements in one short transaction, written by hand: this runs before every webhook's
/// answer, so its cost is the acknowledge latency.
/// The payload and the sender's names are sealed before they are written (<see cref="StoredText"/>):
/// a typed identity number is never in the database file or its WAL in clear.
/// </summary>
public sealed class InboxWriter(BotDbContext db, TimeProvider clock, WorkSignals signals, WriteGate gate, SqliteWriteConnection? writer = null)
{
    // The unique (Channel, ExternalId) key decides what is a copy, on either provider and
    // however many nodes: the insert of a copy does nothing and returns no id.
    private const string InsertMessage = """
        INSERT INTO inbox ("Channel", "ExternalId", "ConversationId", "Payload", "ReceivedAt", "Status", "Attempts")
        VALUES (@channel, @external, @conversation, @payload, @now, 0, 0)
        ON CONFLICT ("Channel", "ExternalId") DO NOTHING
        RETURNING "Id";
        """;

    private const string FindMessage = """
        SELECT "Id" FROM inbox WHERE "Channel" = @channel AND "ExternalId" = @external;
        """;

    // Only the channel profile columns: the turn owns the state, sequence and version columns,
    // so this never conflicts with a turn running on the same conversation. A user who writes
    // can be written to again (on Telegram, writing after blocking the bot means unblocking it).
    private const string UpsertConversation = """
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

    /// <param name="inbound">The message.</param>
    /// <param name="address">Where replies go, if not the conversation key (e.g. an encrypted phone number).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<InboxWriteResult> WriteAsync(Inbound inbound, string? address = null, CancellationToken cancellationToken = default)
    {
        inbound = InboundText.Clean(inbound);
        var result = await gate.RunAsync(() => StoreAsync(inbound, address, cancellationToken), cancellationToken, urgent: true);
        MessagingMetrics.InboundStored.WithLabels(inbound.Channel, result.Duplicate ? "true" : "false").Inc();
        if (!result.Duplicate)
        {
            signals.MessageStored(ConversationRecord.MakeId(inbound.Channel, inbound.ConversationKey));
        }

        return result;
    }

    private async Task<InboxWriteResult> StoreAsync(Inbound inbound, string? address, CancellationToken cancellationToken)
    {
        await using var session = await WriteSession.BeginAsync(db, writer, cancellationToken);
        var now = SqlCommands.Time(session.Sqlite, clock.GetUtcNow());
        var conversationId = ConversationRecord.MakeId(inbound.Channel, inbound.ConversationKey);
        var insert = session.Command(InsertMessage);
        insert.Add("@channel", inbound.Channel);
        insert.Add("@external", inbound.ExternalId);
        insert.Add("@conversation", conversationId);
        var text = db.StoredText;
        insert.Add("@payload", text.Seal("inbox", nameof(InboxMessage.Payload), StoredText.InboxRow(inbound.Channel, inbound.ExternalId), MessageJson.Serialize(inbound)));
        insert.Add("@now", now);
        if (await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull)
        {
            var upsert = session.Command(UpsertConversation);
            upsert.Add("@conversation", conversationId);
            upsert.Add("@channel", inbound.Channel);
            upsert.Add("@key", inbound.ConversationKey);
            upsert.Add("@address", address);
            upsert.Add("@now", now);
            upsert.Add("@display", text.Seal("conversations", nameof(ConversationRecord.DisplayName), conversationId, inbound.Sender?.DisplayName));
            upsert.Add("@user", text.Seal("conversations", nameof(ConversationRecord.UserName), conversationId, inbound.Sender?.UserName));
            upsert.Add("@language", inbound.Sender?.LanguageCode);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            await session.CommitAsync(cancellationToken);
            return new InboxWriteResult(Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture), Duplicate: false);
        }

        var find = session.Command(FindMessage);
        find.Add("@channel", inbound.Channel);
        find.Add("@external", inbound.ExternalId);
        var first = Convert.ToInt64(await find.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await session.CommitAsync(cancellationToken);
        return new InboxWriteResult(first, Duplicate: true);
    }
}
