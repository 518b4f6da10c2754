using Bot.Tests.Complaints;
using Bot.Tests.Documents;
using Bot.Tests.Infrastructure;
using Bot.Tests.Registration;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bot.Tests.Privacy;

/// <summary>Nothing personal is readable in the data folder, nor in PostgreSQL's rows, while the host runs.</summary>
public sealed class DataAtRestTests
{
    // The visitor's values as they are typed and as they are stored (the phone in E.164).
    internal static readonly string[] Personal = [Registrant.Nik, "Rahmawati", "siti.rahma", "85247110369", "8524711"];

    [Fact]
    public async Task ARegistrationDownloadAndComplaintLeaveNoPersonalValueInClearInAnyFileOfTheDataFolder()
    {
        await using var host = await StaffDeskHost.StartAsync();
        await VisitAsync(host, download: true);

        // The mail folder stands for the mail server (SMTP is not configured in tests).
        var found = DataFolderScan.FindInClear(host.Factory.DataDir, Personal, "mail");

        Assert.True(found.Count == 0, "in clear: " + string.Join("; ", found));
        Assert.Contains(Directory.EnumerateFiles(host.Factory.DataDir), f => f.EndsWith("pstbot.db-wal", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task OnPostgresNoRowHoldsAPersonalValueInClear()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using var host = await StaffDeskHost.StartAsync(database.HostSettings());
        await VisitAsync(host, download: true);

        var rows = await DumpAsync(database.ConnectionString);
        var found = Personal.Where(v => rows.Contains(v, StringComparison.Ordinal)).ToList();

        Assert.True(found.Count == 0, "in clear: " + string.Join("; ", found));
        Assert.Contains("inbox", rows);
    }

    /// <summary>Registers (name, email, NIK, phone), downloads, and files a complaint naming the visitor.</summary>
    internal static async Task<LibraryVisitor> VisitAsync(StaffDeskHost host, bool download)
    {
        var visitor = await LibraryVisitor.StartAsync(host.Factory);
        await visitor.Registrant.RegisterAsync();
        if (download)
        {
            var asked = await visitor.Chat.ChooseAsync(await visitor.OpenFirstResultAsync("statistik daerah tarakan 2024"), "Unduh");
            var delivered = await visitor.SignGuestBookAsync(asked);
            var document = Assert.Single(delivered, r => r.Document is not null).Document!;
            await visitor.FetchAsync(document.Url);
        }

        await ComplaintEscalationFlowTests.FileComplaintAsync(
            visitor.Chat, $"Saya Siti Rahmawati (NIK {Registrant.Nik}, HP 0852-4711-0369, siti.rahma@example.com), unduhan tidak sampai.");
        await host.StaffSaysAsync("Baik Ibu Siti Rahmawati, kami cek.", replyTo: await host.MessageIdOfAsync((await host.PostsAsync())[0].Row.Id));
        await host.Factory.DrainAsync();
        return visitor;
    }

    /// <summary>Every row of every table of the database, as text.</summary>
    private static async Task<string> DumpAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            dump.Append(table).Append('\n');
            await using var select = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM \"{table}\" t", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dump.Append(reader.GetString(0)).Append('\n');
            }
        }

        return dump.ToString();
    }
}
