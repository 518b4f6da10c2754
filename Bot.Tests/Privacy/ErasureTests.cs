using System.Net;
using Bot.Host.Ratings;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Bot.Host.Users;
using Bot.Tests.Complaints;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.Privacy;

/// <summary>"hapus data saya" keeps its word: afterwards nothing of the person is anywhere in the data folder.</summary>
public sealed class ErasureTests
{
    [Fact]
    public async Task AfterErasureAndAGracefulStopNoFileOfTheDataFolderNorAnyRowHoldsThePerson()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var visitor = await DataAtRestTests.VisitAsync(host, download: true);
        var number = (await host.Factory.QueryAsync(db => db.Set<Ticket>().SingleAsync())).Number;
        await host.StaffSaysAsync($"/selesai {number}");
        await host.Factory.DrainAsync();

        var deleted = (await visitor.Registrant.EraseAsync()).AllText();
        var afterwards = await visitor.Chat.PostRawAsync(new { text = "data saya" });

        Assert.Contains("sudah dihapus", deleted);
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);

        // Read through the key: nothing left that names the person, and the figures remain.
        var texts = await host.Factory.QueryAsync(async db =>
            (await db.Inbox.ToListAsync()).Select(m => $"inbox {m.ConversationId}: {m.Payload}")
            .Concat((await db.Outbox.Where(m => m.Channel != "mail").ToListAsync()).Select(m => $"outbox {m.ConversationId}: {m.Payload}"))
            .Concat((await db.Conversations.ToListAsync()).Select(c => $"conversation {c.Id}: {c.State} {c.DisplayName} {c.UserName}"))
            .Concat((await db.Set<Ticket>().Include(t => t.Entries).ToListAsync()).SelectMany(t => t.Entries.Select(e => $"entry {e.Kind}: {e.Text}").Append($"ticket: {t.Description}")))
            .ToList());
        var named = texts.Where(t => DataAtRestTests.Personal.Any(v => t.Contains(v, StringComparison.Ordinal))).ToList();
        Assert.True(named.Count == 0, "still naming the person: " + string.Join("\n", named));
        var ticket = await host.Factory.QueryAsync(db => db.Set<Ticket>().SingleAsync());
        Assert.NotNull(ticket.ErasedAt);
        Assert.Equal(RatingAnonymizer.ErasedText, ticket.Description);
        Assert.Equal(1, await host.Factory.QueryAsync(db => db.Set<GuestBookEntry>().CountAsync(g => g.UserId == null)));
        Assert.Equal(0, await host.Factory.QueryAsync(db => db.Set<UserAccount>().CountAsync()));

        // Graceful stop, then every file, the mail folder included (mail to staff is the staff's).
        var dataDir = host.Factory.DataDir;
        host.Factory.Server.Dispose();
        var found = DataFolderScan.FindInClear(dataDir, DataAtRestTests.Personal)
            .Where(f => !f.StartsWith("mail", StringComparison.Ordinal) || !IsToStaff(Path.Combine(dataDir, f[..f.IndexOf(':', StringComparison.Ordinal)])))
            .ToList();
        Assert.True(found.Count == 0, "still there: " + string.Join("; ", found));
    }

    private static bool IsToStaff(string path) => File.ReadAllText(path).Contains("To: " + StaffDeskHost.StaffMail, StringComparison.OrdinalIgnoreCase);
}
