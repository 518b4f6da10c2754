using System.Net;
using System.Text.Json;
using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.WhatsApp;

public sealed class WhatsAppInboundMediaTests : IAsyncLifetime
{
    private WhatsAppHarness _wa = null!;

    public async Task InitializeAsync() => _wa = await WhatsAppHarness.StartAsync();

    public async Task DisposeAsync() => await _wa.DisposeAsync();

    [Fact]
    public async Task APhotoIsFetchedWithTheAccountsCredentialsAndStoredWithTheMessage()
    {
        var photo = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        var form = _wa.InboundForm("Foto ruang baca yang bocor");
        form["NumMedia"] = "1";
        form["MediaUrl0"] = _wa.Twilio.AddMedia(photo, "image/jpeg");
        form["MediaContentType0"] = "image/jpeg";

        var response = await _wa.PostSignedAsync("/webhooks/whatsapp", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Assert.Single(_wa.Twilio.MediaRequests).Authorized);
        var inbound = await StoredInboundAsync();
        Assert.Equal("Foto ruang baca yang bocor", inbound.Text);
        var attachment = Assert.Single(inbound.Attachments);
        Assert.Equal(("image/jpeg", 5000L), (attachment.ContentType, attachment.SizeBytes));
        await using var stored = _wa.Factory.Services.GetRequiredService<InboundMediaFiles>().Open(attachment.StoredId);
        Assert.NotNull(stored);
        var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal(photo, copy.ToArray());
    }

    [Fact]
    public async Task AMediaFetchThatFailsStillKeepsTheMessage()
    {
        var form = _wa.InboundForm("Ini dokumennya");
        var missing = _wa.Twilio.AddMedia([1, 2, 3], "application/pdf").Replace("/Media/ME", "/Media/MEdead", StringComparison.Ordinal);
        form["NumMedia"] = "1";
        form["MediaUrl0"] = missing;
        form["MediaContentType0"] = "application/pdf";

        var response = await _wa.PostSignedAsync("/webhooks/whatsapp", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inbound = await StoredInboundAsync();
        Assert.Equal("Ini dokumennya", inbound.Text);
        var attachment = Assert.Single(inbound.Attachments);
        Assert.Equal(("", "application/pdf", 0L), (attachment.StoredId, attachment.ContentType, attachment.SizeBytes));
    }

    [Fact]
    public async Task MediaOutsideTwilioIsNotFetchedWithTheAccountsCredentials()
    {
        var form = _wa.InboundForm("lihat");
        form["NumMedia"] = "1";
        form["MediaUrl0"] = "https://example.org/steal-credentials.jpg";
        form["MediaContentType0"] = "image/jpeg";

        var response = await _wa.PostSignedAsync("/webhooks/whatsapp", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_wa.Twilio.MediaRequests);
        Assert.Equal("", Assert.Single((await StoredInboundAsync()).Attachments).StoredId);
    }

    [Fact]
    public async Task AStoredIdThatLooksLikeAPathOpensNothing()
    {
        var files = _wa.Factory.Services.GetRequiredService<InboundMediaFiles>();

        Assert.Null(files.Open("../keys/personal-data.key"));
        Assert.Null(files.Open(""));
    }

    private async Task<Inbound> StoredInboundAsync()
    {
        var payload = await _wa.Factory.QueryAsync(async db => (await db.Inbox.SingleAsync()).Payload);
        return JsonSerializer.Deserialize<Inbound>(payload, MessageJson.Options)!;
    }
}
