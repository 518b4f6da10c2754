using System.Text.RegularExpressions;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Host.Storage.Postgres;
using Bot.Host.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Bot.Tests.Foundation;

/// <summary>
/// The message path's hand-written statements (Bot.Host/Storage) against the EF model the
/// migrations are made from, on both providers: a migration that renames a column they use, or
/// adds one they must write or read, fails here instead of on one provider in production.
/// </summary>
public sealed partial class MessagePathSchemaTests
{
    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    private static readonly (string Name, string Sql)[] s_statements =
    [
        ("InboxStatements.InsertMessage", InboxStatements.InsertMessage),
        ("InboxStatements.FindMessage", InboxStatements.FindMessage),
        ("InboxStatements.UpsertConversation", InboxStatements.UpsertConversation),
        ("TurnCommit.UpdateConversation", TurnCommit.UpdateConversation),
        ("TurnCommit.UpdateInbox", TurnCommit.UpdateInbox),
        ("TurnCommit.InsertOutbox", TurnCommit.InsertOutbox),
        ("OutboxRecordStatement.Sql", OutboxRecordStatement.Sql),
        ("PostgresSendMarks.LeaseSql", PostgresSendMarks.LeaseSql),
        ("SqliteTurnReads.InboxSql", SqliteTurnReads.InboxSql),
        ("SqliteTurnReads.ConversationSql", SqliteTurnReads.ConversationSql),
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public void EveryTableAndColumnAStatementNamesIsInTheModel(string provider)
    {
        var model = ModelOf(provider);

        foreach (var (name, sql) in s_statements)
        {
            var table = TableOf(sql);
            var columns = Columns(model, table);
            Assert.True(columns is not null, $"{name}: table '{table}' is not in the model.");
            var unknown = QuotedNames(sql).Except(columns!).ToList();
            Assert.True(unknown.Count == 0, $"{name}: {string.Join(", ", unknown)} not columns of {table}.");
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void InsertsWriteEveryColumnButThoseLeftToTheirDefault(string provider)
    {
        var model = ModelOf(provider);

        // What each insert may leave out: the generated key, and columns a new row has empty.
        // A column added to the table must be written, or added here on purpose.
        AssertWritesAllBut(model, "InboxStatements.InsertMessage", InboxStatements.InsertMessage, "Id", "Error", "ProcessedAt");
        AssertWritesAllBut(model, "InboxStatements.UpsertConversation", InboxStatements.UpsertConversation, "LeaseOwner", "LeaseUntil", "RateWindowStart");
        AssertWritesAllBut(model, "TurnCommit.InsertOutbox", TurnCommit.InsertOutbox, "Id");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheTurnsUpdatesWriteItsColumnsAndEveryOtherColumnIsAccountedFor(string provider)
    {
        var model = ModelOf(provider);

        Assert.Equal(TurnCommit.TurnColumns.Order(), SetColumns(TurnCommit.UpdateConversation).Order());
        Assert.Equal(TurnCommit.InboxColumns.Order(), SetColumns(TurnCommit.UpdateInbox).Order());
        // A conversation column outside the turn's own is compared by the SQLite turn store, so a
        // turn that changes it is saved (through EF) and not lost on SQLite alone.
        Assert.Equal(
            Columns(model, "conversations")!.Order(),
            TurnCommit.TurnColumns.Concat(ConversationProfile.Columns).Append("Id").Order());
        // The inbox columns a turn does not set are fixed when the message is stored.
        Assert.Equal(
            Columns(model, "inbox")!.Order(),
            TurnCommit.InboxColumns.Concat(["Id", "Channel", "ExternalId", "ConversationId", "ReceivedAt"]).Order());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheSqliteTurnReadsSelectEveryColumnOnce(string provider)
    {
        var model = ModelOf(provider);

        foreach (var sql in new[] { SqliteTurnReads.InboxSql, SqliteTurnReads.ConversationSql })
        {
            var selected = QuotedNames(sql[..sql.IndexOf("FROM", StringComparison.Ordinal)]).ToList();
            Assert.Equal(selected.Distinct().Count(), selected.Count);
            Assert.Equal(Columns(model, TableOf(sql))!.Order(), selected.Order());
        }
    }

    [Fact]
    public void PendingIsZeroAsTheStatementsWriteAndFilterIt()
    {
        // The statements write and compare "Status" = 0 (the value EF stores for the enum).
        Assert.Equal(0, (int)InboxStatus.Pending);
        Assert.Equal(0, (int)OutboxStatus.Pending);
    }

    private static void AssertWritesAllBut(IModel model, string name, string sql, params string[] leftOut)
    {
        var table = TableOf(sql);
        var insert = InsertColumns(sql);
        var expected = Columns(model, table)!.Except(leftOut).Order();
        Assert.True(expected.SequenceEqual(insert.Order()), $"{name} writes {string.Join(", ", insert.Order())}; {table} needs {string.Join(", ", expected)}.");
    }

    private static IModel ModelOf(string provider)
    {
        using DbContext db = provider == "Sqlite"
            ? new SqliteBotDbContext(new DbContextOptionsBuilder<SqliteBotDbContext>().UseSqlite("Data Source=:memory:").Options)
            : new PostgresBotDbContext(new DbContextOptionsBuilder<PostgresBotDbContext>().UseNpgsql("Host=localhost").Options);
        return db.Model;
    }

    private static List<string>? Columns(IModel model, string table) =>
        model.GetEntityTypes().FirstOrDefault(e => e.GetTableName() == table) is { } entity
            ? entity.GetProperties().Select(p => p.GetColumnName()).ToList()
            : null;

    private static string TableOf(string sql) => TablePattern().Match(sql).Groups[1].Value;

    private static IEnumerable<string> QuotedNames(string sql) => QuotedPattern().Matches(sql).Select(m => m.Groups[1].Value).Distinct();

    private static List<string> InsertColumns(string sql)
    {
        var start = sql.IndexOf('(', StringComparison.Ordinal);
        return QuotedNames(sql[start..sql.IndexOf(')', start)]).ToList();
    }

    private static List<string> SetColumns(string sql)
    {
        var set = sql[(sql.IndexOf(" SET ", StringComparison.Ordinal) + 5)..sql.IndexOf("WHERE", StringComparison.Ordinal)];
        return AssignedPattern().Matches(set).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"\b(?:INTO|UPDATE|FROM)\s+(\w+)")]
    private static partial Regex TablePattern();

    [GeneratedRegex("\"(\\w+)\"")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex("\"(\\w+)\"\\s*=")]
    private static partial Regex AssignedPattern();
}
