using System.Net;
using Bot.Host.Staff.Accounts;
using Bot.Host.Tickets;
using Bot.Tests.Complaints;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.StaffConsole;

/// <summary>Staff accounts from the command line, the console's sign-in, its policies and its forms' antiforgery.</summary>
public sealed class StaffAccountTests
{
    [Fact]
    public async Task ASupervisorAddedFromTheCommandLineSignsInSeesTheOverviewAndSignsOut()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host);

        var added = await ConsoleSession.AddAsync(host, "kepala@bps.test", StaffRoles.Supervisor, "Sari Dewi");
        var listed = await ConsoleSession.CommandAsync(host, "", "list");
        var signedIn = await console.SignInAsync("kepala@bps.test");
        var home = await console.Http.GetStringAsync("/staff");
        var signedOut = await console.PostFormAsync("/staff/keluar", "/staff");
        var afterwards = await console.Http.GetAsync("/staff");

        Assert.Equal(0, added.Code);
        Assert.Contains("kepala@bps.test\tSari Dewi\tsupervisor\tactive", listed.Output);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/staff", signedIn.Headers.Location?.OriginalString);
        Assert.Contains("menunggu sekarang", home);
        Assert.Contains("Sari Dewi", home);
        Assert.Contains("/staff/katalog", home);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("http://localhost/staff/masuk", afterwards.Headers.Location?.ToString());
    }

    [PostgresFact]
    public async Task AccountsSignInAndLockOutOnPostgres()
    {
        await using var host = await StaffDeskHost.StartAsync(store: TestStore.Postgres);
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "kepala@bps.test", StaffRoles.Supervisor);

        var signedIn = await console.SignInAsync("kepala@bps.test");
        var catalogue = await console.Http.GetAsync("/staff/katalog");
        var other = new ConsoleSession(host);
        for (var i = 0; i < 5; i++)
        {
            await other.SignInAsync("kepala@bps.test", "bukan-kata-sandinya");
        }

        var locked = await other.SignInAsync("kepala@bps.test");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, catalogue.StatusCode);
        Assert.Contains("dikunci sementara", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedAndFiveInARowLockTheAccountEvenForTheRightOne()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);

        var wrong = await console.SignInAsync("petugas@bps.test", "bukan-kata-sandinya");
        for (var i = 0; i < 4; i++)
        {
            await console.SignInAsync("petugas@bps.test", "bukan-kata-sandinya");
        }

        var right = await console.SignInAsync("petugas@bps.test");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Email atau kata sandi salah", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("dikunci sementara", await right.Content.ReadAsStringAsync());
        Assert.Contains("locked out", (await ConsoleSession.CommandAsync(host, "", "list")).Output);
    }

    [Fact]
    public async Task OverHttpsTheSessionCookieIsSecureHttpOnlyAndStrict()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host, "https://localhost");
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);

        var signedIn = await console.SignInAsync("petugas@bps.test");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(StaffAuthSetup.CookieName + "=", StringComparison.Ordinal));

        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ADisabledAccountCannotSignIn()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "pindah@bps.test", StaffRoles.Officer);

        var disabled = await ConsoleSession.CommandAsync(host, "", "disable", "--email", "pindah@bps.test");
        var signIn = await console.SignInAsync("pindah@bps.test");

        Assert.Equal(0, disabled.Code);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("dinonaktifkan", await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheCommandRefusesAnUnknownRoleAndAShortPassword()
    {
        await using var host = await StaffDeskHost.StartAsync();

        var role = await ConsoleSession.CommandAsync(host, ConsoleSession.Password + "\n", "add", "--email", "a@bps.test", "--name", "A", "--role", "admin");
        var shortPassword = await ConsoleSession.CommandAsync(host, "pendek\n", "add", "--email", "a@bps.test", "--name", "A", "--role", "officer");
        var usage = await ConsoleSession.CommandAsync(host, "", "add", "--email", "a@bps.test");

        Assert.Equal(1, role.Code);
        Assert.Contains("Unknown role", role.Error);
        Assert.Equal(1, shortPassword.Code);
        Assert.Contains("10", shortPassword.Error);
        Assert.Equal(2, usage.Code);
    }

    [Fact]
    public async Task AnOfficerCannotReachTheSupervisorsCatalogue()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);
        await console.SignInAsync("petugas@bps.test");

        var catalogue = await console.Http.GetAsync("/staff/katalog");
        var home = await console.Http.GetStringAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, catalogue.StatusCode);
        Assert.Contains("/staff/ditolak", catalogue.Headers.Location?.ToString());
        Assert.DoesNotContain("/staff/katalog", home);
    }

    [Fact]
    public async Task WithoutACookieThePagesRedirectToSignInAndTheJsonApiWithNeitherCookieNorKeyIs401()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host);

        var page = await console.Http.GetAsync("/staff/tiket");
        var api = await console.Http.GetAsync("/api/staff/tickets");
        var openApi = await console.Http.GetAsync("/api/staff/openapi/staff.json");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/staff/masuk?ReturnUrl=%2Fstaff%2Ftiket", page.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, openApi.StatusCode);
    }

    [Fact]
    public async Task TheJsonApiAndItsOpenApiDocumentTakeTheConsoleCookieAsWellAsTheKey()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);
        await console.SignInAsync("petugas@bps.test");

        var withCookie = await console.Http.GetAsync("/api/staff/queue");
        var withKey = await host.StaffApi().GetAsync("/api/staff/queue");
        var document = await console.Http.GetStringAsync("/api/staff/openapi/staff.json");

        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Contains("\"/api/staff/queue/call\"", document);
        Assert.Contains("\"/api/staff/tickets\"", document);
    }

    [Fact]
    public async Task AConsoleFormWithoutItsAntiforgeryTokenIsRejected()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer);
        await console.SignInAsync("petugas@bps.test");
        await QueueHostTake(host);

        var forged = await console.Http.PostAsync("/staff/antrean/panggil", new FormUrlEncodedContent([new("counter", "1")]));
        var genuine = await console.PostFormAsync("/staff/antrean/panggil", "/staff/antrean", ("counter", "1"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.Contains("dipanggil", Uri.UnescapeDataString(genuine.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task ActionsRecordTheConsoleAccountAndTheTelegramUserId()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var console = new ConsoleSession(host);
        await ConsoleSession.AddAsync(host, "petugas@bps.test", StaffRoles.Officer, "Sari Dewi");
        await console.SignInAsync("petugas@bps.test");
        var chat = host.NewChat();
        await chat.SayAsync("hubungi petugas");
        await chat.SayAsync("Apakah perpustakaan buka hari Sabtu?");
        await QueueHostTake(host);

        await console.PostFormAsync("/staff/tiket/ADU-20260302-001/balas", "/staff/tiket/ADU-20260302-001", ("text", "Buka, pukul 08.00–12.00."));
        await host.StaffSaysAsync("/selesai ADU-20260302-001", staff: "Budi Santoso");
        await console.PostFormAsync("/staff/antrean/panggil", "/staff/antrean", ("counter", "2"));
        var ticket = await host.TicketAsync("ADU-20260302-001");
        var called = await host.Factory.QueryAsync(db => db.Set<Bot.Host.Queue.QueueTicket>().AsNoTracking().SingleAsync());

        var reply = Assert.Single(ticket.Entries, e => e.Kind == TicketEntryKind.StaffReply);
        var closed = Assert.Single(ticket.Entries, e => e.Kind == TicketEntryKind.Closed);
        Assert.Equal(("Sari Dewi", "staff:petugas@bps.test"), (reply.Author, reply.ActorId));
        // StaffDeskHost's Telegram user id for "Budi Santoso" is 4242 + the name's length.
        Assert.Equal(("Budi Santoso", "telegram:4254"), (closed.Author, closed.ActorId));
        Assert.Equal("staff:petugas@bps.test", called.CalledBy);
    }

    [Fact]
    public async Task WithAnAllowListOnlyListedTelegramUsersMayActFromTheGroup()
    {
        await using var host = await StaffDeskHost.StartAsync(new Dictionary<string, string?> { ["Staff:TelegramUserIds"] = "4254" });
        var chat = host.NewChat();
        await chat.SayAsync("hubungi petugas");
        await chat.SayAsync("Apakah perpustakaan buka hari Sabtu?");

        await host.StaffSaysAsync("/ambil ADU-20260302-001", staff: "Orang Lain Saja");
        var afterStranger = await host.TicketAsync("ADU-20260302-001");
        await host.StaffSaysAsync("/ambil ADU-20260302-001", staff: "Budi Santoso");
        var afterListed = await host.TicketAsync("ADU-20260302-001");

        Assert.Null(afterStranger.TakenBy);
        Assert.Contains((await host.PostsAsync()).Select(p => p.Message.Text), t => t.Contains("belum terdaftar sebagai petugas"));
        Assert.Equal("Budi Santoso", afterListed.TakenBy);
    }

    [Fact]
    public async Task TheConsoleServesItsOwnScriptStyleAndChartJsWithItsLicence()
    {
        await using var host = await StaffDeskHost.StartAsync();
        var http = host.Factory.CreateClient();

        var script = await http.GetAsync("/staff/assets/console.js");
        var style = await http.GetAsync("/staff/assets/console.css");
        var chart = await http.GetStringAsync("/staff/vendor/chartjs/chart.umd.min.js");
        var licence = await http.GetStringAsync("/staff/vendor/chartjs/LICENSE.md");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Contains("Chart.js v4.6.2", chart);
        Assert.Contains("MIT", licence);
    }

    private static Task QueueHostTake(StaffDeskHost host) => Queue.QueueHost.TakeOnWebChatAsync(host.NewChat());
}
