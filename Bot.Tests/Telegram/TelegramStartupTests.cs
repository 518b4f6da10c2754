using Bot.Tests.Infrastructure;

namespace Bot.Tests.Telegram;

public sealed class TelegramStartupTests
{
    [Fact]
    public async Task WebhookModeRegistersTheWebhookWithTheSecretAndTheCommandsInBothLanguages()
    {
        await using var host = await TelegramTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:WebhookUrl"] = "https://bot.example.org/webhooks/telegram",
        });

        await host.Api.WaitForCallsAsync("setWebhook");
        var commands = await host.Api.WaitForCallsAsync("setMyCommands", 2);

        Assert.Equal("https://bot.example.org/webhooks/telegram", host.Api.WebhookUrl);
        Assert.Equal(TelegramTestHost.Secret, host.Api.WebhookSecret);
        Assert.Equal(["message", "callback_query"], host.Api.WebhookAllowedUpdates);
        var byLanguage = commands.ToDictionary(c => c.Get("language_code") ?? "");
        Assert.Equal(["start", "menu", "help", "bahasa"], byLanguage[""].Parameters["commands"]!.AsArray().Select(c => (string?)c!["command"]));
        Assert.Equal("Ganti bahasa (Indonesia/English)", (string?)byLanguage[""].Parameters["commands"]![3]!["description"]);
        Assert.Equal("Help", (string?)byLanguage["en"].Parameters["commands"]![2]!["description"]);
    }

    [Fact]
    public async Task WithoutATokenTheChannelIsOffAndTheWebhookIsNotThere()
    {
        await using var host = await TelegramTestHost.StartAsync(new Dictionary<string, string?> { ["Telegram:BotToken"] = "", ["Telegram:Mode"] = "Polling" });

        var response = await host.PostAsync(TelegramUpdates.Text(9001, "halo"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(host.Api.Calls);
    }

    [Theory]
    [InlineData("Telegram:WebhookSecret", "", "Telegram:WebhookSecret is required in Webhook mode")]
    [InlineData("Telegram:WebhookSecret", "has spaces!", "Telegram:WebhookSecret must be 1-256 characters")]
    [InlineData("Telegram:Mode", "Hook", "Telegram:Mode is 'Hook'")]
    [InlineData("Telegram:BotToken", "not-a-token", "Telegram:BotToken does not look like a token")]
    [InlineData("Telegram:WebhookUrl", "http://bot.example.org/webhooks/telegram", "Telegram:WebhookUrl")]
    [InlineData("Telegram:ApiBaseUrl", "api.telegram.org", "Telegram:ApiBaseUrl")]
    [InlineData("Telegram:StaffChatId", "12345", "Telegram:StaffChatId is 12345")]
    public async Task AWrongSettingStopsTheStartAndNamesTheKey(string key, string value, string expected)
    {
        var api = await TelegramBotApiDouble.StartAsync();
        await using var _ = api;
        using var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = "s3cret_0123456789abcdefghijklmnopq",
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            [key] = value,
        });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains(expected, error.ToString());
    }
}
