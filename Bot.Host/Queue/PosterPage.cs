using System.Net;
using Bot.Dialogs.Content;
using Microsoft.Extensions.Options;
using QRCoder;

namespace Bot.Host.Queue;

/// <summary>
/// GET /poster: a printable A4 page with QR codes, made on the server with QRCoder, that take a
/// visitor straight to a queue number on WhatsApp (wa.me/…?text=antri), Telegram
/// (t.me/…?start=antri) and the web chat. GET /kiosk: the web chat for a tablet at the door.
/// </summary>
internal static class PosterPage
{
    public static IEndpointRouteBuilder MapPoster(this IEndpointRouteBuilder app)
    {
        app.MapGet("/poster", (HttpRequest request, IOptions<QueueOptions> options, ServiceContent content) =>
            Results.Content(Render(Links(request, options.Value), content), "text/html; charset=utf-8"));
        // The poster's style is a file: the Content-Security-Policy allows no inline style.
        QueuePages.MapAsset(app, "/poster.css", "text/css; charset=utf-8");
        QueuePages.MapPage(app, "/kiosk", "kiosk.html");
        QueuePages.MapAsset(app, "/kiosk.js", "text/javascript; charset=utf-8");
        QueuePages.MapAsset(app, "/kiosk.css", "text/css; charset=utf-8");
        return app;
    }

    /// <summary>The poster's links: label and address, in print order.</summary>
    public static List<(string Label, string Url)> Links(HttpRequest request, QueueOptions options)
    {
        var baseUrl = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? $"{request.Scheme}://{request.Host}" : options.PublicBaseUrl.TrimEnd('/');
        var links = new List<(string, string)> { ("WhatsApp", $"https://wa.me/{options.WhatsAppNumber}?text=antri") };
        if (!string.IsNullOrWhiteSpace(options.TelegramBotUserName))
        {
            links.Add(("Telegram", $"https://t.me/{options.TelegramBotUserName.Trim().TrimStart('@')}?start=antri"));
        }

        links.Add(("Web chat", baseUrl + "/"));
        return links;
    }

    private static string Render(List<(string Label, string Url)> links, ServiceContent content)
    {
        var cards = string.Concat(links.Select(l => $"""
            <figure class="qr">
              <img alt="QR {WebUtility.HtmlEncode(l.Label)}" src="data:image/png;base64,{Qr(l.Url)}">
              <figcaption><strong>{WebUtility.HtmlEncode(l.Label)}</strong><span>{WebUtility.HtmlEncode(l.Url)}</span></figcaption>
            </figure>
            """));
        var services = string.Join(" · ", content.QueueServices.Services.Select(s => $"{s.Letter} = {WebUtility.HtmlEncode(s.Name.Id)}"));
        var office = WebUtility.HtmlEncode(content.Office.Name);
        return $$"""
            <!doctype html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <title>Ambil nomor antrean · {{office}}</title>
            <link rel="stylesheet" href="poster.css">
            </head>
            <body>
            <main>
              <h1>Ambil nomor antrean dari HP Anda</h1>
              <p class="lead">{{office}} · Pindai salah satu kode, lalu kirim pesan <strong>antri</strong>.<br><em>Scan a code and send “antri” to take a queue number.</em></p>
              <section class="codes">{{cards}}</section>
              <ol class="steps">
                <li>Pilih layanan, catat nomor Anda (mis. P-007).</li>
                <li>Isi buku tamu lewat chat — Anda dilayani paling lama 5 menit setelahnya.</li>
                <li>Saat dipanggil, kami kirim pesan dan nomor Anda tampil di layar.</li>
              </ol>
              <p class="services">Layanan: {{services}}</p>
            </main>
            </body>
            </html>
            """;
    }

    // Ten pixels a module with the quiet zone: sharp in print and easy for a phone camera.
    private static string Qr(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(10));
    }
}
