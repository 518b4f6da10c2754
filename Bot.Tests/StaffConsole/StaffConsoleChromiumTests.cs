using Bot.Host.Staff.Accounts;
using Bot.Tests.Complaints;
using Bot.Tests.Infrastructure;
using Bot.Tests.Queue;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bot.Tests.StaffConsole;

/// <summary>
/// A day at the console in a real headless Chromium against the host on a real port: sign in,
/// call the next visitor, answer a ticket (the answer reaches the web chat visitor) and open the
/// report with its charts. Each page's screenshot is kept under the test output's screenshots/.
/// </summary>
public sealed class StaffConsoleChromiumTests
{
    [Fact]
    public async Task ASupervisorRunsTheDeskFromTheBrowser()
    {
        await using var host = await StaffDeskHost.StartAsync(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
        host.Factory.UseKestrel();
        host.Factory.StartServer();
        var baseUrl = host.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await ConsoleSession.AddAsync(host, "kepala@bps.test", StaffRoles.Supervisor, "Sari Dewi");
        var visitor = host.NewChat();
        await visitor.SayAsync("hubungi petugas");
        await visitor.SayAsync("Apakah perpustakaan buka hari Sabtu?");
        await QueueHost.TakeOnWebChatAsync(host.NewChat());

        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
            var scriptErrors = new List<string>();
            page.PageError += (_, error) => scriptErrors.Add(error);
            // Every answer the console's pages get is a success (the browser's own favicon request aside).
            page.Response += (_, response) =>
            {
                if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
                {
                    scriptErrors.Add($"{response.Status} {response.Url}");
                }
            };
            await page.GotoAsync(baseUrl + "/staff");
            var signInUrl = page.Url;
            await page.FillAsync("#email", "kepala@bps.test");
            await page.FillAsync("#password", ConsoleSession.Password);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForSelectorAsync("#card-waiting");
            var waiting = await page.InnerTextAsync("#card-waiting .value");
            await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("staff-beranda.png"), FullPage = true });

            await page.GotoAsync(baseUrl + "/staff/antrean");
            await page.FillAsync("#counter", "3");
            await page.ClickAsync("#call");
            var called = await page.InnerTextAsync(".notice");
            await page.WaitForSelectorAsync("#serving tr[data-number='P-001']", new() { Timeout = 10_000 }).ContinueWith(t => t.IsFaulted ? throw new InvalidOperationException("The serving list did not show P-001; script errors: " + string.Join("; ", scriptErrors), t.Exception) : t.Result);
            var rememberedCounter = await page.InputValueAsync("#counter");
            await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("staff-antrean.png"), FullPage = true });

            await page.GotoAsync(baseUrl + "/staff/tiket");
            await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("staff-tiket.png"), FullPage = true });
            await page.ClickAsync("#tickets a:has-text('ADU-20260302-001')");
            await page.FillAsync("#text", "Buka hari Sabtu pukul 08.00–12.00.");
            await page.ClickAsync("#reply button");
            var sent = await page.InnerTextAsync(".notice");
            await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("staff-tiket-balas.png"), FullPage = true });
            var reached = await WaitForAsync(visitor, "Buka hari Sabtu pukul 08.00–12.00.");

            await page.GotoAsync(baseUrl + "/staff/laporan");
            await page.WaitForSelectorAsync("#report[data-drawn='true']");
            var charts = await page.EvaluateAsync<int>("() => ['chart-ikm', 'chart-quick', 'chart-visits'].filter(id => Chart.getChart(id)).length");
            await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("staff-laporan.png"), FullPage = true });

            Assert.Empty(scriptErrors);
            Assert.Contains("/staff/masuk", signInUrl);
            Assert.Equal("1", waiting);
            Assert.Contains("P-001 dipanggil ke meja 3", called);
            Assert.Equal("3", rememberedCounter);
            Assert.Contains("Balasan terkirim", sent);
            Assert.Contains("Sari", reached);
            Assert.Equal(3, charts);
        }
    }

    /// <summary>The visitor's web chat until the text arrives (the outbox sends it after the console's commit).</summary>
    private static Task<string> WaitForAsync(WebChatClient chat, string text) =>
        WaitUntil.ReadAsync(async () => (await chat.GetAsync()).AllText(), all => all.Contains(text, StringComparison.Ordinal), "the reply in the web chat", all => "It shows: " + all);
}
