using Bot.Host.Messaging;
using Bot.Host.Privacy;
using Bot.Host.Tickets;

namespace Bot.Host.Storage;

/// <summary>
/// The columns that hold personal text (message payloads, names, complaint texts), sealed with
/// AES-GCM whenever they are written and opened whenever they are read, so neither a copy of the
/// data folder nor a WAL page shows them. The associated data binds each value to its table,
/// column and row: a sealed value moved elsewhere does not open.
/// Every write and read of these columns goes through here: EF's through
/// <see cref="StoredTextInterceptor"/>, the hand-written statements of the message path by
/// calling <see cref="Seal"/> and <see cref="Open"/> directly.
/// </summary>
public sealed class StoredText(PersonalData personal)
{
    /// <summary>A sealed column: its table, name, the row identity it is bound to, and its accessors.</summary>
    internal sealed record Column(Type Entity, string Table, string Name, Func<object, string> Row, Func<object, string?> Get, Action<object, string?> Set);

    internal static readonly IReadOnlyList<Column> Columns =
    [
        Make<InboxMessage>("inbox", nameof(InboxMessage.Payload), InboxRow, m => m.Payload, (m, v) => m.Payload = v!),
        Make<OutboxMessage>("outbox", nameof(OutboxMessage.Payload), OutboxRow, m => m.Payload, (m, v) => m.Payload = v!),
        // The dialog state holds what a dialog has been told so far (a complaint's text, a name).
        Make<ConversationRecord>("conversations", nameof(ConversationRecord.State), c => c.Id, c => c.State, (c, v) => c.State = v!),
        Make<ConversationRecord>("conversations", nameof(ConversationRecord.DisplayName), c => c.Id, c => c.DisplayName, (c, v) => c.DisplayName = v),
        Make<ConversationRecord>("conversations", nameof(ConversationRecord.UserName), c => c.Id, c => c.UserName, (c, v) => c.UserName = v),
        Make<Ticket>("tickets", nameof(Ticket.Description), t => t.Number, t => t.Description, (t, v) => t.Description = v!),
        Make<TicketEntry>("ticket_entries", nameof(TicketEntry.Text), EntryRow, e => e.Text, (e, v) => e.Text = v),
    ];

    internal static readonly ILookup<Type, Column> ByEntity = Columns.ToLookup(c => c.Entity);

    // Row identities known before the insert (store-generated ids are not). Times in whole
    // seconds: PostgreSQL keeps microseconds, SQLite ticks, and both must open the same value.
    public static string InboxRow(InboxMessage m) => InboxRow(m.Channel, m.ExternalId);

    public static string InboxRow(string channel, string externalId) => channel + ":" + externalId;

    public static string OutboxRow(OutboxMessage m) => $"{m.ConversationId}#{m.Seq}@{m.CreatedAt.ToUnixTimeSeconds()}";

    private static string EntryRow(TicketEntry e) => $"{e.Kind}@{e.At.ToUnixTimeSeconds()}";

    public string? Seal(string table, string column, string row, string? value) =>
        value is null || PersonalData.IsSealed(value) ? value : personal.Seal(value, Bind(table, column, row));

    /// <summary>The clear value; a value written before sealing existed (or null) is returned as it is.</summary>
    public string? Open(string table, string column, string row, string? stored) =>
        PersonalData.IsSealed(stored) ? personal.Open(stored!, Bind(table, column, row)) : stored;

    internal string? Seal(Column column, object entity) => Seal(column.Table, column.Name, column.Row(entity), column.Get(entity));

    internal void Open(Column column, object entity) => column.Set(entity, Open(column.Table, column.Name, column.Row(entity), column.Get(entity)));

    private static string Bind(string table, string column, string row) => $"pstbot/{table}/{column}/{row}";

    private static Column Make<T>(string table, string name, Func<T, string> row, Func<T, string?> get, Action<T, string?> set) =>
        new(typeof(T), table, name, e => row((T)e), e => get((T)e), (e, v) => set((T)e, v));
}
