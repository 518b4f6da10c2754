using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Tests.Infrastructure;
using Bot.Tests.WhatsApp;
using Microsoft.EntityFrameworkCore;

namespace Bot.Tests.WhatsAppCloud;

/// <summary>Twilio and the Cloud API on one host: one conversation, replies through the provider the user last wrote through.</summary>
public sealed class BothProvidersTests
{
    [Fact]
    public async Task RepliesGoBackThroughTheProviderTheUserLastWroteThrough()
    {
        await using var twilio = await TwilioApiDouble.StartAsync();
        var settings = twilio.HostSettings(WhatsAppHarness.PublicBaseUrl);
        await using var wa = await CloudHarness.StartAsync(settings);

        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = WhatsAppHarness.NewMessageSid(),
            ["From"] = "whatsapp:" + CloudHarness.UserPhone,
            ["ProfileName"] = "Budi",
            ["Body"] = "halo",
            ["AccountSid"] = twilio.AccountSid,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/whatsapp") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(TwilioApiDouble.AuthToken, WhatsAppHarness.PublicBaseUrl + "/webhooks/whatsapp", form));
        (await wa.Client.SendAsync(request)).EnsureSuccessStatusCode();
        await twilio.WaitForCallsAsync(1);
        await wa.Factory.DrainAsync();
        Assert.Empty(wa.Graph.Calls);

        await wa.SayAsync("menu");
        await wa.Graph.WaitForCallsAsync(1);
        await wa.Factory.DrainAsync();
        var id = await wa.EnqueueAsync(new Outbound("Balasan lewat Cloud API."));
        await wa.WaitForOutboxAsync(id, m => m.Status == OutboxStatus.Sent);

        Assert.Equal(1, await wa.Factory.QueryAsync(db => db.Conversations.CountAsync()));
        Assert.Equal("Balasan lewat Cloud API.", (string?)wa.Graph.Calls[^1].Body["text"]?["body"]);
        Assert.DoesNotContain(twilio.Calls, c => c.Body == "Balasan lewat Cloud API.");
    }
}
