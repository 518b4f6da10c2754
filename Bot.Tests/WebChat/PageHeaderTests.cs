using Bot.Host.Privacy;
using Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.WebChat;

public sealed class PageHeaderTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/read/not-a-token")]
    public async Task PagesForbidFramingAndForeignScriptsAndSendNoReferrer(string path)
    {
        using var factory = new BotFactory();

        var response = await factory.CreateClient().GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void TheKeyFileIsMadeOwnerOnlyWherePrivacyKeyFileSays()
    {
        var keyDir = Path.Combine(Path.GetTempPath(), "pstbot-tests", "keys-" + Guid.NewGuid().ToString("N"));
        var keyFile = Path.Combine(keyDir, "pstbot.key");
        try
        {
            using var factory = new BotFactory(new Dictionary<string, string?> { ["Privacy:KeyFile"] = keyFile });
            _ = factory.Services.GetRequiredService<PersonalData>();

            Assert.True(File.Exists(keyFile));
            Assert.False(File.Exists(Path.Combine(factory.DataDir, "keys", "personal-data.key")));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }
        }
        finally
        {
            Directory.Delete(keyDir, recursive: true);
        }
    }
}
