using Bot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Bot.Tests.WhatsApp;

public sealed class TwilioConfigurationTests
{
    [Theory]
    [InlineData("Twilio:AccountSid", "AC123", "Twilio:AccountSid")]
    [InlineData("Twilio:WhatsAppFrom", "+6285183106571", "Twilio:WhatsAppFrom")]
    [InlineData("Twilio:PublicBaseUrl", "pstbot.example.id", "Twilio:PublicBaseUrl")]
    [InlineData("Twilio:AuthToken", "", "Twilio:AccountSid and Twilio:AuthToken")]
    public void AWrongValueStopsTheHostWithAMessageNamingTheKey(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["Twilio:AuthToken"] = "secret",
            ["Twilio:WhatsAppFrom"] = "whatsapp:+6285183106571",
            ["Twilio:PublicBaseUrl"] = "https://pstbot.example.id",
            [key] = value,
        };
        using var factory = new BotFactory(settings);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task WithoutCredentialsTheChannelIsOffAndItsWebhookIsNotThere()
    {
        using var factory = new BotFactory();

        var response = await factory.CreateClient().PostAsync("/webhooks/whatsapp", new FormUrlEncodedContent(new Dictionary<string, string> { ["MessageSid"] = "SM1" }));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
