using System.Net;
using System.Text.Json.Nodes;
using Bot.Host.Messaging;
using Bot.Host.Privacy;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.WhatsAppCloud;

public sealed class CloudWebhookTests : IAsyncLifetime
{
    private CloudHarness _wa = null!;

    public async Task InitializeAsync() => _wa = await CloudHarness.StartAsync();

    public async Task DisposeAsync() => await _wa.DisposeAsync();

    [Fact]
    public async Task TheVerificationHandshakeEchoesTheChallengeOnlyForTheRightToken()
    {
        var ok = await _wa.Client.GetAsync($"{CloudHarness.Path}?hub.mode=subscribe&hub.verify_token={GraphApiDouble.VerifyToken}&hub.challenge=1158201444");
        var wrongToken = await _wa.Client.GetAsync($"{CloudHarness.Path}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444");
        var wrongMode = await _wa.Client.GetAsync($"{CloudHarness.Path}?hub.mode=unsubscribe&hub.verify_token={GraphApiDouble.VerifyToken}&hub.challenge=1");
        var nothing = await _wa.Client.GetAsync(CloudHarness.Path);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("1158201444", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongMode.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nothing.StatusCode);
    }

    [Fact]
    public async Task ASignedMessageIsStoredBeforeThe200()
    {
        var response = await _wa.SayAsync("halo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(await _wa.InboxAsync());
        Assert.Equal("halo", CloudHarness.Read(row).Text);
        Assert.Equal(_wa.ConversationId, row.ConversationId);
    }

    [Fact]
    public async Task ForgedMissingOrAlteredSignaturesAreRefusedAndStoreNothing()
    {
        var body = CloudHarness.Envelope(CloudHarness.Text("halo"));
        var forged = await _wa.PostAsync(body, CloudHarness.Sign(body, "not-the-app-secret"));
        var missing = await _wa.PostAsync(body, signature: null);
        var altered = await _wa.PostAsync(body.Replace("halo", "HALO", StringComparison.Ordinal), CloudHarness.Sign(body));
        var garbage = await _wa.PostAsync(body, "sha256=zz");

        Assert.All([forged, missing, altered, garbage], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Empty(await _wa.InboxAsync());
        Assert.Equal(0, await _wa.Factory.QueryAsync(db => db.Conversations.CountAsync()));
    }

    [Fact]
    public async Task ARepeatedWamidIsStoredOnce()
    {
        var wamid = CloudHarness.NewWamid();
        var body = CloudHarness.Envelope(CloudHarness.Text("halo", wamid));

        var first = await _wa.PostAsync(body);
        var again = await _wa.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var row = Assert.Single(await _wa.InboxAsync());
        Assert.Equal(wamid, row.ExternalId);
    }

    [Fact]
    public async Task ButtonAndListRepliesArriveAsChoices()
    {
        await _wa.PostAsync(CloudHarness.Envelope(new JsonObject
        {
            ["id"] = CloudHarness.NewWamid(),
            ["type"] = "interactive",
            ["interactive"] = new JsonObject { ["type"] = "button_reply", ["button_reply"] = new JsonObject { ["id"] = "menu.search", ["title"] = "Cari publikasi" } },
        }));
        await _wa.PostAsync(CloudHarness.Envelope(new JsonObject
        {
            ["id"] = CloudHarness.NewWamid(),
            ["type"] = "interactive",
            ["interactive"] = new JsonObject { ["type"] = "list_reply", ["list_reply"] = new JsonObject { ["id"] = "topic:7", ["title"] = "Kependudukan", ["description"] = "Penduduk" } },
        }));

        var rows = (await _wa.InboxAsync()).Select(CloudHarness.Read).ToList();
        Assert.Equal(["menu.search", "topic:7"], rows.Select(r => r.ChoiceId));
    }

    [Fact]
    public async Task ADocumentIsFetchedWithItsFileNameAndCaption()
    {
        var pdf = Bot.Tests.WhatsApp.SmallPdfStore.MakePdf("Surat pengantar");
        var mediaId = _wa.Graph.AddMedia(pdf, "application/pdf");
        await _wa.PostAsync(CloudHarness.Envelope(new JsonObject
        {
            ["id"] = CloudHarness.NewWamid(),
            ["type"] = "document",
            ["document"] = new JsonObject { ["id"] = mediaId, ["mime_type"] = "application/pdf", ["filename"] = "surat.pdf", ["caption"] = "Ini suratnya", ["sha256"] = "x" },
        }));

        var inbound = CloudHarness.Read(Assert.Single(await _wa.InboxAsync()));
        Assert.Equal("Ini suratnya", inbound.Text);
        var file = Assert.Single(inbound.Attachments);
        Assert.Equal("surat.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(pdf.Length, file.SizeBytes);
        await using var stored = _wa.Factory.Services.GetRequiredService<Bot.Host.Channels.WhatsApp.InboundMediaFiles>().Open(file.StoredId);
        Assert.NotNull(stored);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal(pdf, copy.ToArray());
    }

    [Fact]
    public async Task AnImageWhoseMediaCannotBeFetchedIsKeptAsUnavailable()
    {
        await _wa.PostAsync(CloudHarness.Envelope(new JsonObject
        {
            ["id"] = CloudHarness.NewWamid(),
            ["type"] = "image",
            ["image"] = new JsonObject { ["id"] = "999", ["mime_type"] = "image/jpeg", ["caption"] = "foto antrean" },
        }));

        var inbound = CloudHarness.Read(Assert.Single(await _wa.InboxAsync()));
        Assert.Equal("foto antrean", inbound.Text);
        var file = Assert.Single(inbound.Attachments);
        Assert.Equal("", file.StoredId);
        Assert.Equal("image/jpeg", file.ContentType);
    }

    [Fact]
    public async Task ALocationBecomesTextAndAnUnsupportedMessageIsStoredWithoutText()
    {
        await _wa.PostAsync(CloudHarness.Envelope(new JsonObject
        {
            ["id"] = CloudHarness.NewWamid(),
            ["type"] = "location",
            ["location"] = new JsonObject { ["latitude"] = 3.3, ["longitude"] = 117.6, ["name"] = "BPS Kota Tarakan", ["address"] = "Jl. Jend. Sudirman" },
        }));
        await _wa.PostAsync(CloudHarness.Envelope(new JsonObject
        {
            ["id"] = CloudHarness.NewWamid(),
            ["type"] = "unsupported",
            ["errors"] = new JsonArray(new JsonObject { ["code"] = 131051, ["title"] = "Message type unknown" }),
        }));

        var rows = (await _wa.InboxAsync()).Select(CloudHarness.Read).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("BPS Kota Tarakan", rows[0].Text);
        Assert.Contains("3.3,117.6", rows[0].Text);
        Assert.Null(rows[1].Text);
        Assert.Null(rows[1].ChoiceId);
    }

    [Fact]
    public async Task TheSamePersonOnTwilioAndTheCloudApiIsOneConversation()
    {
        await _wa.SayAsync("halo");

        var record = await _wa.Factory.QueryAsync(db => db.Conversations.AsNoTracking().SingleAsync());
        var personal = _wa.Factory.Services.GetRequiredService<PersonalData>();

        // Twilio keys the conversation the same way: the channel and the hashed E.164 number.
        Assert.Equal(ConversationRecord.MakeId(ChannelNames.WhatsApp, personal.Hash(CloudHarness.UserPhone)), record.Id);
        Assert.Equal("whatsapp-cloud:" + CloudHarness.UserPhone, personal.Unprotect(record.Address!));
        Assert.Equal("Budi", record.DisplayName);
    }

    [Fact]
    public async Task AMalformedButSignedBodyGetsAClearAnswerAndStoresNothing()
    {
        var notJson = await _wa.PostAsync("{not json");
        var noMessages = await _wa.PostAsync("""{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"type":"text"}]}}]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noMessages.StatusCode);
        Assert.Empty(await _wa.InboxAsync());
    }
}
