using System.Text.Json;
using Bot.Tests.Complaints;
using Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;

namespace Bot.Tests.Queue;

/// <summary>
/// The board, the poster and the kiosk in a real Chromium against the host on a real port: the
/// called number's size is measured in the screenshot, and the poster's QR codes are decoded
/// from screenshots with ZXing.
/// </summary>
public sealed class QueuePagesChromiumTests
{
    [Fact]
    public async Task TheBoardShowsTheCalledNumberBigEnoughToReadFromThreeMetresAndFollowsRecalls()
    {
        await using var host = await StartOnPortAsync();
        var baseUrl = BaseUrl(host);
        await QueueHost.TakeOnWebChatAsync(host.NewChat());
        await QueueHost.CallAsync(host, "1");
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
            await page.GotoAsync(baseUrl + "/board");
            await page.WaitForFunctionAsync("() => document.body.dataset.latest === 'P-001:1'");
            var box = (await page.Locator("#number").BoundingBoxAsync())!;
            var screenshot = await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("board.png") });
            var glyphHeight = await LightGlyphHeightAsync(page, screenshot, box);

            await QueueHost.ActAsync(host, "P-001", "recall");
            await page.WaitForFunctionAsync("() => document.body.dataset.latest === 'P-001:2'");
            var counter = await page.InnerTextAsync("#counter");

            Assert.Equal("P-001", await page.InnerTextAsync("#number"));
            Assert.Contains("Meja 1", counter);

            // 3 m away a character needs about 15 mm; on a 40-inch 1080p TV (50 cm high) that is
            // 32 px. The digits drawn in the screenshot are several times that.
            Assert.True(glyphHeight >= 160, $"The called number's digits are {glyphHeight}px high in the screenshot.");
        }
    }

    [Fact]
    public async Task ThePosterIsOneA4PageWhoseQrCodesDecodeToTheQueueLinks()
    {
        await using var host = await StartOnPortAsync(new() { ["Queue:TelegramBotUserName"] = "pst_test_bot" });
        var baseUrl = BaseUrl(host);
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 794, Height = 1123 } });
            await page.GotoAsync(baseUrl + "/poster");
            await page.ScreenshotAsync(new() { Path = HeadlessChromium.ScreenshotPath("poster.png"), FullPage = true });
            var decoded = new List<string>();
            foreach (var image in await page.Locator(".qr img").AllAsync())
            {
                decoded.Add(await DecodeQrAsync(page, await image.ScreenshotAsync()));
            }

            var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
            using var document = PdfDocument.Open(pdf);

            Assert.Equal(["https://wa.me/6285183106571?text=antri", "https://t.me/pst_test_bot?start=antri", baseUrl + "/"], decoded);
            Assert.Equal(1, document.NumberOfPages);
            Assert.InRange(document.GetPage(1).Width, 590, 600);
            Assert.InRange(document.GetPage(1).Height, 837, 847);
        }
    }

    [Fact]
    public async Task TheKioskGivesANumberLargeAndClearsTheScreenForTheNextVisitor()
    {
        await using var host = await StartOnPortAsync();
        var baseUrl = BaseUrl(host);
        var (playwright, browser) = await HeadlessChromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
            await page.GotoAsync(baseUrl + "/kiosk");
            await page.ClickAsync("#take");
            await page.ClickAsync(".choices button:has-text('Perpustakaan')");
            await page.WaitForSelectorAsync("#ticket:not([hidden])");
            var number = await page.InnerTextAsync("#ticket-number");
            var visitorSession = await page.EvaluateAsync<string>("() => sessionStorage.getItem('pstbot.session')");
            var numberHeight = (await page.Locator("#ticket-number").BoundingBoxAsync())!.Height;
            await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#finish"), r => r.Request.Method == "DELETE");
            await page.WaitForSelectorAsync("#welcome:not([hidden])");
            var sessionAfter = await page.EvaluateAsync<string?>("() => sessionStorage.getItem('pstbot.session')");

            // The visitor's session was ended on the server: its token reads nothing any more.
            var oldTokenStatus = await page.EvaluateAsync<int>("""
                async stored => {
                  const s = JSON.parse(stored);
                  const r = await fetch(`/api/webchat/${encodeURIComponent(s.conversationId)}/messages?after=0`, { headers: { Authorization: "Bearer " + s.token } });
                  return r.status;
                }
                """, visitorSession);
            var leftOnScreen = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('#log .msg')].map(m => m.textContent).join(' ')");

            Assert.Equal("P-001", number);
            Assert.True(numberHeight >= 120, $"The number is {numberHeight}px high.");
            Assert.NotNull(visitorSession);
            Assert.Null(sessionAfter);
            Assert.Equal(401, oldTokenStatus);
            Assert.DoesNotContain("P-001", leftOnScreen);
        }
    }

    private static async Task<StaffDeskHost> StartOnPortAsync(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["urls"] = "http://127.0.0.1:0" };
        var host = await QueueHost.StartAsync(all);
        host.Factory.UseKestrel();
        host.Factory.StartServer();
        return host;
    }

    private static string BaseUrl(StaffDeskHost host) =>
        host.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    /// <summary>A screenshot's pixels as RGBA, decoded by the browser itself (no imaging library needed).</summary>
    private static async Task<(int Width, int Height, byte[] Rgba)> PixelsAsync(IPage page, byte[] png)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            async b64 => {
              const img = new Image();
              img.src = "data:image/png;base64," + b64;
              await img.decode();
              const canvas = document.createElement("canvas");
              canvas.width = img.naturalWidth;
              canvas.height = img.naturalHeight;
              const context = canvas.getContext("2d");
              context.drawImage(img, 0, 0);
              const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
              let text = "";
              for (let i = 0; i < data.length; i += 0x8000) text += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000));
              return [canvas.width, canvas.height, btoa(text)];
            }
            """, Convert.ToBase64String(png));
        return (result[0].GetInt32(), result[1].GetInt32(), Convert.FromBase64String(result[2].GetString()!));
    }

    /// <summary>The height of the light (white) glyph pixels inside the box, from the screenshot.</summary>
    private static async Task<int> LightGlyphHeightAsync(IPage page, byte[] screenshot, LocatorBoundingBoxResult box)
    {
        var (width, _, rgba) = await PixelsAsync(page, screenshot);
        int? top = null, bottom = null;
        for (var y = (int)box.Y; y < (int)(box.Y + box.Height); y++)
        {
            for (var x = (int)box.X; x < (int)(box.X + box.Width); x++)
            {
                var i = ((y * width) + x) * 4;
                if (rgba[i] > 230 && rgba[i + 1] > 230 && rgba[i + 2] > 230)
                {
                    top ??= y;
                    bottom = y;
                    break;
                }
            }
        }

        return top is null ? 0 : bottom!.Value - top.Value + 1;
    }

    private static async Task<string> DecodeQrAsync(IPage page, byte[] png)
    {
        var (width, height, rgba) = await PixelsAsync(page, png);
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var result = reader.Decode(new RGBLuminanceSource(rgba, width, height, RGBLuminanceSource.BitmapFormat.RGBA32));
        return result?.Text ?? throw new InvalidOperationException("A QR code on the poster could not be decoded.");
    }
}
