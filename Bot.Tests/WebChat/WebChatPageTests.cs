using Bot.Host.Channels.WebChat;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Bot.Tests.WebChat;

/// <summary>The web chat page with sessions, in Debian's Chromium.</summary>
public sealed class WebChatPageTests : IDisposable
{
    private readonly BotFactory _factory = new(new Dictionary<string, string?> { ["WebChat:SessionIdleMinutes"] = "60" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ThePageChatsWithASessionSignsOutAndStartsAgainPolitelyWhenExpired()
    {
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var context = await browser.NewContextAsync();
            await BrowserBridge.ConnectAsync(context, _factory.CreateClient());
            var page = await context.NewPageAsync();

            // A newcomer is greeted; the session lives in sessionStorage only.
            await page.GotoAsync(BrowserBridge.Origin + "/");
            await Expect(page, ".msg.bot", "PST BPS Kota Tarakan");
            var first = await SessionAsync(page);
            Assert.NotNull(first);
            Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('pstbot.conversationId')"));

            await page.FillAsync("#text", "biaya");
            await page.ClickAsync("button[type=submit]");
            await Expect(page, ".msg.bot", "gratis");

            // A reload in the same tab shows the conversation again.
            await page.ReloadAsync();
            await Expect(page, ".msg.bot", "gratis");

            // After an hour without messages the next message starts a new session, politely.
            _factory.Clock.Advance(TimeSpan.FromMinutes(61));
            await page.FillAsync("#text", "menu");
            await page.ClickAsync("button[type=submit]");
            await Expect(page, ".msg.notice", "berakhir");
            await Expect(page, ".msg.bot", "PST BPS Kota Tarakan");
            var second = await SessionAsync(page);
            Assert.NotEqual(first, second);

            // "Keluar" ends the session on the server and clears the screen.
            await page.ClickAsync("text=Keluar");
            await Expect(page, ".msg.notice", "keluar");
            Assert.Null(await SessionAsync(page));
            Assert.Equal(0, await page.Locator(".msg.bot").CountAsync());
            var live = await _factory.QueryAsync(db => db.Set<WebChatSession>().Select(s => s.ConversationKey).ToListAsync());
            Assert.DoesNotContain(second, live);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = HeadlessChromium.ScreenshotPath("webchat-signed-out.png") });

            // The next visitor at the same computer sees nothing of the previous one.
            var next = await context.NewPageAsync();
            await next.GotoAsync(BrowserBridge.Origin + "/");
            await Expect(next, ".msg.bot", "PST BPS Kota Tarakan");
            Assert.DoesNotContain("gratis", await next.InnerTextAsync("#log"));
        }
    }

    private static async Task<string?> SessionAsync(IPage page) =>
        await page.EvaluateAsync<string?>("() => { const s = JSON.parse(sessionStorage.getItem('pstbot.session')); return s && s.conversationId; }");

    private static async Task Expect(IPage page, string selector, string text) =>
        await page.Locator(selector).Filter(new LocatorFilterOptions { HasText = text }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
}
