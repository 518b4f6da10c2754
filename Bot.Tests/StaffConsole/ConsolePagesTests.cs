using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Catalog.Demo;
using Bot.Host.Staff.Accounts;
using Bot.Tests.Catalog;
using Bot.Tests.Complaints;
using Bot.Tests.Infrastructure;
using Bot.Tests.Queue;
using Bot.Tests.Registration;

namespace Bot.Tests.StaffConsole;

/// <summary>The console's server-rendered pages over plain HTTP with the signed-in cookie: Beranda, Buku tamu and Katalog.</summary>
public sealed class ConsolePagesTests
{
    [Fact]
    public async Task TheGuestBookListsAWebChatVisitFiltersItByDateAndPurposeAndDownloadsItAsCsvForAnOfficer()
    {
        await using var host = await QueueHost.StartAsync();
        await SignGuestBookAsync(host);
        var officer = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);
        await officer.SignInAsync("petugas@bps.test");

        var page = await officer.Http.GetAsync("/staff/bukutamu?from=2026-03-02&to=2026-03-02");
        var html = await page.Content.ReadAsStringAsync();
        var samePurpose = await officer.Http.GetStringAsync("/staff/bukutamu?from=2026-03-02&to=2026-03-02&purpose=assignment");
        var otherPurpose = await officer.Http.GetStringAsync("/staff/bukutamu?from=2026-03-02&to=2026-03-02&purpose=other");
        var otherDay = await officer.Http.GetStringAsync("/staff/bukutamu?from=2026-03-03&to=2026-03-03");
        var csv = await officer.Http.GetAsync("/staff/bukutamu.csv?from=2026-03-02&to=2026-03-02");
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("1 kunjungan.", html);
        Assert.Contains("<td>Siti Rahmawati</td>", html);
        Assert.Contains("<td>assignment</td>", html);
        Assert.Contains("1 kunjungan.", samePurpose);
        Assert.Contains("0 kunjungan.", otherPurpose);
        Assert.DoesNotContain("Siti Rahmawati", otherPurpose);
        Assert.Contains("0 kunjungan.", otherDay);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("day,time,channel,purpose,looking_for,occupation,name,institution", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("2026-03-02,2026-03-02T", lines[1]);
        Assert.Contains(",webchat,assignment,", lines[1]);
        Assert.Contains("Siti Rahmawati", lines[1]);
    }

    [Fact]
    public async Task TheHomePageCountsWaitingServedOpenTicketsAndTodaysGuestBook()
    {
        await using var host = await QueueHost.StartAsync();
        await SignGuestBookAsync(host);
        var complaint = host.NewChat();
        await complaint.SayAsync("hubungi petugas");
        await complaint.SayAsync("Apakah perpustakaan buka hari Sabtu?");
        await QueueHost.TakeOnWebChatAsync(host.NewChat());
        await QueueHost.TakeOnWebChatAsync(host.NewChat());
        await QueueHost.TakeOnWebChatAsync(host.NewChat());
        var called = await QueueHost.JsonAsync(await QueueHost.CallAsync(host, "1"));
        (await QueueHost.ActAsync(host, called["number"]!.GetValue<string>(), "done")).EnsureSuccessStatusCode();
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);
        await console.SignInAsync("petugas@bps.test");

        var home = await console.Http.GetStringAsync("/staff");

        Assert.Contains(Card("waiting", "2"), home);
        Assert.Contains(Card("served", "1"), home);
        Assert.Contains(Card("tickets", "1"), home);
        Assert.Contains(Card("guests", "1"), home);
    }

    [Fact]
    public async Task ASupervisorListsSearchesAndRemovesFromTheCatalogueAndSeesABadManifestEntrysError()
    {
        await using var host = await QueueHost.StartAsync();
        await host.Factory.WaitForDemoCatalogueAsync();
        var supervisor = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "kepala@bps.test", StaffRoles.Supervisor);
        await supervisor.SignInAsync("kepala@bps.test");
        var demo = DemoCatalog.Publications();
        var (kept, removed) = (demo[0], demo[^1]);

        var list = await supervisor.Http.GetStringAsync("/staff/katalog");
        var search = await supervisor.Http.GetStringAsync("/staff/katalog?q=" + Uri.EscapeDataString(removed.Id));
        var foundBefore = await SearchIdsAsync(host, removed.Title);
        var removal = await supervisor.PostFormAsync("/staff/katalog/hapus", "/staff/katalog", ("id", removed.Id));
        var foundAfter = await SearchIdsAsync(host, removed.Title);
        var upload = await UploadAsync(supervisor, "[\n" + CatalogFiles.Entry("uji-judul-kosong", title: " ") + "\n]");
        var uploadHtml = await upload.Content.ReadAsStringAsync();

        Assert.Contains($"{demo.Count} publikasi.", list);
        Assert.Contains(Html(kept.Title), list);
        Assert.Contains(Html(removed.Title), search);
        Assert.DoesNotContain(Html(kept.Title), search);
        Assert.Contains(removed.Id, foundBefore);
        Assert.Equal(HttpStatusCode.Redirect, removal.StatusCode);
        Assert.DoesNotContain(removed.Id, foundAfter);
        Assert.Contains("id=\"problems\"", uploadHtml);
        Assert.Contains("uji-judul-kosong", uploadHtml);
        Assert.Contains("title: is required and must not be blank", uploadHtml);
        Assert.Contains("tidak ada yang diimpor", uploadHtml);
    }

    [Fact]
    public async Task AnOfficerIsRefusedTheCataloguesRemovalAndUpload()
    {
        await using var host = await QueueHost.StartAsync();
        var officer = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);
        await officer.SignInAsync("petugas@bps.test");

        var removal = await officer.PostFormAsync("/staff/katalog/hapus", "/staff", ("id", DemoCatalog.Publications()[0].Id));
        var upload = await UploadAsync(officer, "[]", tokenFrom: "/staff");

        Assert.Equal(HttpStatusCode.Redirect, removal.StatusCode);
        Assert.Contains("/staff/ditolak", removal.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Contains("/staff/ditolak", upload.Headers.Location?.ToString());
    }

    private static string Card(string id, string value) => $"id=\"card-{id}\" href=\"/staff/{(id is "tickets" ? "tiket" : id is "guests" ? "bukutamu" : "antrean")}\"><div class=\"value\">{value}</div>";

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A registered web chat visitor fills in today's guest book (as the guest-book API tests do).</summary>
    private static async Task SignGuestBookAsync(StaffDeskHost host)
    {
        var user = new Registrant(host.NewChat(), new MailDrop(host.Factory.DataDir));
        await user.RegisterAsync();
        var menu = await user.Chat.ChooseAsync("m:account");
        var purposes = await user.Chat.ChooseAsync(menu, "buku tamu");
        await user.Chat.ChooseAsync(purposes, "Tugas sekolah");
        await user.Chat.SayAsync("PDRB 2024");
    }

    private static async Task<HttpResponseMessage> UploadAsync(ConsoleSession session, string manifest, string tokenFrom = "/staff/katalog")
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await session.TokenAsync(tokenFrom)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(manifest)), "manifest", "manifest.json" },
        };
        return await session.Http.PostAsync("/staff/katalog/unggah", form);
    }

    private static async Task<List<string>> SearchIdsAsync(StaffDeskHost host, string query)
    {
        var result = await host.Factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/catalog/search?q=" + Uri.EscapeDataString(query));
        return [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
    }

}
