using Bot.Host.Catalog;
using Bot.Tests.Catalog.Sync;
using Bot.Tests.Infrastructure;
using Bot.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Subscriptions;

public sealed class TelegramSubscriptionTests : IAsyncLifetime
{
    private const string Chat = "555000111";
    private BpsWebApiDouble bps = null!;
    private TelegramTestHost host = null!;

    public async Task InitializeAsync()
    {
        bps = await BpsWebApiDouble.StartAsync();
        BpsTestCatalog.Fill(bps);
        host = await TelegramTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Catalog:Bps:ApiKey"] = BpsWebApiDouble.Key,
            ["Catalog:Bps:BaseUrl"] = bps.BaseUrl,
            ["Catalog:Bps:RequestIntervalMilliseconds"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await bps.DisposeAsync();
    }

    [Fact]
    public async Task A_telegram_subscriber_gets_the_notice_with_an_open_button_that_shows_the_press_release()
    {
        // Arrange
        await host.PostAsync(TelegramUpdates.Text(1, "langganan inflasi"));
        var confirmation = await host.Api.WaitForCallsAsync("sendMessage", chatId: Chat, where: c => c.PlainText!.Contains("kabar rilis baru", StringComparison.Ordinal));
        Assert.Contains("Inflasi & harga", confirmation[0].PlainText, StringComparison.Ordinal);
        var runner = host.Factory.Services.GetRequiredService<BpsSyncRunner>();
        await runner.RunAsync(null, CancellationToken.None);

        // Act
        NewReleaseReleases.Publish(bps);
        await runner.RunAsync(null, CancellationToken.None);

        // The channel's pace (one message a second per chat) runs on the host's fake clock.
        await host.AdvanceUntilAsync(() => host.Api.CallsTo("sendMessage", Chat).Any(c => c.PlainText!.Contains("Rilis baru", StringComparison.Ordinal)));

        // Assert
        var notice = (await host.Api.WaitForCallsAsync("sendMessage", chatId: Chat, where: c => c.PlainText!.Contains("Rilis baru", StringComparison.Ordinal)))[0];
        Assert.Contains("Desember 2024", notice.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Statistik Daerah", notice.PlainText, StringComparison.Ordinal);
        var button = Assert.Single(notice.InlineButtons);
        Assert.Equal("rilis:bps-brs-" + NewReleaseReleases.InflasiDesember, button.CallbackData);

        // Act: the visitor presses it.
        await host.PostAsync(TelegramUpdates.Callback(2, button.CallbackData!));
        await host.AdvanceUntilAsync(() => host.Api.CallsTo("sendMessage", Chat).Any(c => c.PlainText!.Contains("Tanggal rilis", StringComparison.Ordinal)));

        // Assert
        var detail = await host.Api.WaitForCallsAsync("sendMessage", chatId: Chat, where: c => c.PlainText!.Contains("Tanggal rilis", StringComparison.Ordinal));
        Assert.Contains("Berita Resmi Statistik", detail[0].PlainText, StringComparison.Ordinal);
        Assert.Contains("2 Januari 2025", detail[0].PlainText, StringComparison.Ordinal);
    }
}
