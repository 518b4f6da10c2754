using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Registration;

public sealed partial class SmtpDeliveryTests
{
    [Fact]
    public async Task WithSmtpConfiguredTheCodeIsDeliveredToAnSmtpServerOnLoopback()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        using var factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:UseTls"] = "false",
            ["Mail:From"] = "PST BPS Kota Tarakan <pst6573@bps.go.id>",
        });
        var user = new Registrant(new WebChatClient(factory.CreateClient()), new MailDrop(factory.DataDir));

        await user.StartAsync();
        var received = await smtp.WaitForAsync(text => CodeLine().IsMatch(text));
        var verified = (await user.Chat.SayAsync(CodeLine().Match(received).Groups[1].Value)).AllText();

        Assert.Contains("To: siti.rahma@example.com", received);
        Assert.Contains("pst6573@bps.go.id", received);
        Assert.Contains("Email terverifikasi", verified);
        Assert.Equal(0, new MailDrop(factory.DataDir).Count);
    }

    // The code stands alone on its line in the body.
    [GeneratedRegex(@"^(\d{6})\r?$", RegexOptions.Multiline)]
    private static partial Regex CodeLine();
}
