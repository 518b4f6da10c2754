using Bot.Tests.Infrastructure;

namespace Bot.Tests.Foundation;

public sealed class StartupValidationTests
{
    [Fact]
    public void PostgresWithoutASharedPrivacyKeyStopsTheStartWithAMessageNamingTheKey()
    {
        using var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Bot"] = "Host=127.0.0.1;Database=none",
        });

        var error = Assert.ThrowsAny<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Privacy:Key is required with Storage:Provider=Postgres", error.Message);
    }

    [Theory]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider 'Oracle' is not known")]
    [InlineData("Privacy:Key", "not base64!", "Privacy:Key must be base64")]
    [InlineData("Worker:MaxParallelConversations", "0", "Worker:MaxParallelConversations must be between 1 and 256")]
    [InlineData("Conversation:IdleMinutes", "0", "Conversation:IdleMinutes must be between 1 and 1440")]
    public void AWrongSettingStopsTheStartWithAMessageNamingIt(string key, string value, string expected)
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, error.ToString());
    }
}
