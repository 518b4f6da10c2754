using System.Net;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.WhatsApp;

public sealed class WhatsAppWebhookTests : IAsyncLifetime
{
    private WhatsAppHarness _wa = null!;

    public async Task InitializeAsync() => _wa = await WhatsAppHarness.StartAsync();

    public async Task DisposeAsync() => await _wa.DisposeAsync();

    [Fact]
    public async Task ASignedMessageGetsAnEmptyTwimlAnswerAndTheNumberedMenuGoesBackToTheSender()
    {
        var response = await _wa.SayAsync("halo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<Response/>", await response.Content.ReadAsStringAsync());
        var call = Assert.Single(await _wa.Twilio.WaitForCallsAsync(1));
        Assert.True(call.Authorized);
        Assert.Equal("whatsapp:" + WhatsAppHarness.UserPhone, call.To);
        Assert.Equal("whatsapp:+6285183106571", call.From);
        Assert.Contains("PST BPS Kota Tarakan", call.Body);
        Assert.Contains("Balas dengan angka:\n1. Cari publikasi\n2. Daftar / akun saya\n3. Informasi layanan", call.Body);
        Assert.Equal(WhatsAppHarness.PublicBaseUrl + "/webhooks/whatsapp/status", call.StatusCallback);
    }

    [Fact]
    public async Task TheSameMessageSidTwiceGivesNoSecondTurn()
    {
        var sid = WhatsAppHarness.NewMessageSid();
        await _wa.SayAsync("halo", sid);
        await _wa.Twilio.WaitForCallsAsync(1);

        var again = await _wa.SayAsync("halo", sid);
        await _wa.Factory.DrainAsync();
        await _wa.SayAsync("halo");
        await _wa.Twilio.WaitForCallsAsync(2);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, await _wa.Factory.QueryAsync(db => db.Inbox.CountAsync()));
        Assert.Equal(2, _wa.Twilio.Calls.Count);
    }

    [Fact]
    public async Task AWrongSignatureIsRefusedAndNothingIsStored()
    {
        var form = _wa.InboundForm("halo");
        var forged = TwilioSigner.Sign("not-the-auth-token", WhatsAppHarness.PublicBaseUrl + "/webhooks/whatsapp", form);

        var response = await _wa.PostSignedAsync("/webhooks/whatsapp", form, forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await _wa.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task ASignatureForAnotherUrlIsRefused()
    {
        var form = _wa.InboundForm("halo");
        var elsewhere = TwilioSigner.Sign(Infrastructure.TwilioApiDouble.AuthToken, "https://attacker.example/webhooks/whatsapp", form);

        var response = await _wa.PostSignedAsync("/webhooks/whatsapp", form, elsewhere);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAlteredFormIsRefused()
    {
        var form = _wa.InboundForm("halo");
        var signature = TwilioSigner.Sign(Infrastructure.TwilioApiDouble.AuthToken, WhatsAppHarness.PublicBaseUrl + "/webhooks/whatsapp", form);
        form["Body"] = "hapus data saya";

        var response = await _wa.PostSignedAsync("/webhooks/whatsapp", form, signature);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await _wa.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task AMissingSignatureIsRefused()
    {
        var response = await _wa.Client.PostAsync("/webhooks/whatsapp", new FormUrlEncodedContent(_wa.InboundForm("halo")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await _wa.Factory.QueryAsync(db => db.Inbox.CountAsync()));
    }

    [Fact]
    public async Task ASignedFormWithoutMessageSidIsABadRequest()
    {
        var form = _wa.InboundForm("halo");
        form.Remove("MessageSid");

        var response = await _wa.PostSignedAsync("/webhooks/whatsapp", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MessageSid", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ASignedFormWithoutFromIsABadRequest()
    {
        var form = _wa.InboundForm("halo");
        form.Remove("From");

        var response = await _wa.PostSignedAsync("/webhooks/whatsapp", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ThePhoneNumberIsStoredOnlyHashedOrEncrypted()
    {
        await _wa.SayAsync("halo");
        await _wa.Twilio.WaitForCallsAsync(1);

        var conversation = await _wa.Factory.QueryAsync(db => db.Conversations.SingleAsync());
        var inbox = await _wa.Factory.QueryAsync(db => db.Inbox.SingleAsync());
        var outbox = await _wa.Factory.QueryAsync(db => db.Outbox.SingleAsync());
        var digits = WhatsAppHarness.UserPhone.TrimStart('+');

        Assert.Equal(_wa.ConversationId, conversation.Id);
        Assert.Equal("Budi", conversation.DisplayName);
        foreach (var stored in new[] { conversation.Id, conversation.Key, conversation.Address!, conversation.State, inbox.Payload, inbox.ConversationId, outbox.Recipient, outbox.Payload })
        {
            Assert.DoesNotContain(digits[2..], stored);
        }

        Assert.StartsWith("v1:", conversation.Address);
    }

    [Fact]
    public async Task ATypedNumberChoosesFromTheNumberedList()
    {
        await _wa.SayAsync("halo");
        await _wa.Twilio.WaitForCallsAsync(1);

        await _wa.SayAsync("3");
        var calls = await _wa.Twilio.WaitForCallsAsync(2);

        Assert.Contains("Informasi apa yang Anda perlukan?", calls[1].Body);
        Assert.Contains("Balas dengan angka:\n1. ", calls[1].Body);
    }

    [Fact]
    public async Task ALabelTypedInWordsChoosesLikeItsNumber()
    {
        await _wa.SayAsync("halo");
        await _wa.Twilio.WaitForCallsAsync(1);

        await _wa.SayAsync("informasi layanan");
        var calls = await _wa.Twilio.WaitForCallsAsync(2);

        Assert.Contains("Informasi apa yang Anda perlukan?", calls[1].Body);
    }

    [Fact]
    public async Task AQuickReplyButtonPayloadArrivesAsTheChoice()
    {
        await _wa.SayAsync("halo");
        await _wa.Twilio.WaitForCallsAsync(1);
        var form = _wa.InboundForm("Informasi layanan");
        form["ButtonPayload"] = "m:info";
        form["ButtonText"] = "Informasi layanan";

        await _wa.PostSignedAsync("/webhooks/whatsapp", form);
        var calls = await _wa.Twilio.WaitForCallsAsync(2);

        Assert.Contains("Informasi apa yang Anda perlukan?", calls[1].Body);
    }

    [Fact]
    public async Task RepliesAreSentInTheConversationsLanguage()
    {
        await _wa.SayAsync("language");
        var calls = await _wa.Twilio.WaitForCallsAsync(1);

        // The confirmation and the menu after it arrive as one message.
        Assert.StartsWith("Language switched to English.\n\n", calls[^1].Body);
        Assert.Contains("Reply with a number:\n1. Search publications", calls[^1].Body);
        await _wa.WaitForAllSentAsync();
        Assert.Equal(ChannelNames.WhatsApp, (await _wa.Factory.QueryAsync(db => db.Outbox.FirstAsync())).Channel);
    }
}
