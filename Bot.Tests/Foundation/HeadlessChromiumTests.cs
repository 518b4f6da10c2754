using Bot.Tests.Infrastructure;
namespace Bot.Tests.Foundation;
public sealed class HeadlessChromiumTests
{
    [Fact]
    public async Task ChromiumRendersAPageFromPlaywright()
    {
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.SetContentAsync("<h1 id='t'>Halo Tarakan</h1>");
            Assert.Equal("Halo Tarakan", await page.InnerTextAsync("#t"));
        }
    }
}
