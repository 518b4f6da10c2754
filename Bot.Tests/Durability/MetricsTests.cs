using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Bot.Host.Messaging.Outbox;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Durability;

public sealed class MetricsTests
{
    private const string MetricsKey = "metrics-scraper-key-0123456789abcdef";

    [Theory]
    [InlineData(null, System.Net.HttpStatusCode.NotFound)]
    [InlineData("true", System.Net.HttpStatusCode.OK)]
    public async Task WithoutAKeyMetricsAreOffUnlessDeclaredPublic(string? isPublic, System.Net.HttpStatusCode expected)
    {
        using var factory = new BotFactory(new Dictionary<string, string?> { ["Metrics:Public"] = isPublic });

        var response = await factory.CreateClient().GetAsync("/metrics");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task MetricsAreServedInPrometheusFormatWithTheMessagePathFigures()
    {
        var channel = new LoopbackChannel { Online = false };
        using var factory = new TestHostBuilder().With("Metrics:ApiKey", MetricsKey).WithChannel(channel).Build();
        var http = factory.CreateClient();
        await new WebChatClient(http).SayAsync("halo");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InboxWriter>()
                .WriteAsync(new Inbound(LoopbackChannel.Name, "m1", "metrics-1", factory.Clock.GetUtcNow()) { Text = "halo" });
        }

        await factory.DrainAsync();
        await WaitUntil.TrueAsync(() => factory.QueryAsync(db => db.Outbox.AnyAsync(m => m.Channel == LoopbackChannel.Name && m.Attempts > 0)), "the dispatcher's first try of the loopback reply");

        var anonymous = await http.GetAsync("/metrics");
        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MetricsKey);
        var response = await http.SendAsync(scrape);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.True(response.IsSuccessStatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        Assert.Matches(@"(?m)^pstbot_turns_total [1-9]", text);
        Assert.Matches(@"(?m)^pstbot_turn_duration_seconds_count [1-9]", text);
        Assert.Matches(@"(?m)^pstbot_inbox_backlog 0$", text);
        Assert.Matches(@"(?m)^pstbot_inbox_backlog_age_seconds 0$", text);
        Assert.Matches(@"(?m)^pstbot_outbox_backlog\{channel=""loopback""\} 1$", text);
        Assert.Matches(@"(?m)^pstbot_outbox_send_total\{channel=""loopback"",result=""retry""\} [1-9]", text);
        Assert.Contains("process_working_set_bytes", text);
    }
}
