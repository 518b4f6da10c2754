using Bot.Catalog.Search;
using Bot.Host.Catalog;
using Bot.Host.Storage;
using Bot.Host.Subscriptions;
using Bot.Tests.Catalog.Sync;
using Bot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Subscriptions;

public sealed class WebChatSubscriptionTests : IAsyncLifetime
{
    private BpsWebApiDouble api = null!;
    private BotFactory factory = null!;

    public async Task InitializeAsync()
    {
        api = await BpsWebApiDouble.StartAsync();
        BpsTestCatalog.Fill(api);
        factory = new BotFactory(new Dictionary<string, string?>
        {
            ["Catalog:Bps:ApiKey"] = BpsWebApiDouble.Key,
            ["Catalog:Bps:BaseUrl"] = api.BaseUrl,
            ["Catalog:Bps:RequestIntervalMilliseconds"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        await api.DisposeAsync();
    }

    [Fact]
    public async Task Subscribers_get_a_notice_for_matching_new_items_only_and_its_button_opens_the_release()
    {
        // Arrange: four visitors; the first sync (the back catalogue) notifies nobody.
        var inflasi = new WebChatClient(factory.CreateClient());
        var kemiskinan = new WebChatClient(factory.CreateClient());
        var everything = new WebChatClient(factory.CreateClient());
        var leaver = new WebChatClient(factory.CreateClient());
        Assert.Contains("Inflasi & harga", (await inflasi.SayAsync("langganan inflasi")).AllText(), StringComparison.Ordinal);
        Assert.Contains("Kemiskinan", (await kemiskinan.SayAsync("Langganan kemiskinan")).AllText(), StringComparison.Ordinal);
        var topics = await everything.SayAsync("langganan");
        Assert.Contains(topics.Last().Choices, c => c.Id == "sub:all");
        Assert.Contains("semua rilis", (await everything.ChooseAsync("sub:all")).AllText(), StringComparison.Ordinal);
        await leaver.SayAsync("langganan semua");
        Assert.Contains("tidak akan menerima", (await leaver.SayAsync("berhenti langganan")).AllText(), StringComparison.Ordinal);
        var runner = factory.Services.GetRequiredService<BpsSyncRunner>();
        await runner.RunAsync(null, CancellationToken.None); // after the first sync started with the host
        var marks = new[] { inflasi, kemiskinan, everything, leaver }.ToDictionary(c => c, c => 0L);
        foreach (var chat in marks.Keys.ToList())
        {
            marks[chat] = (await chat.GetAsync()).Max(r => r.Seq);
        }

        // Act: BPS releases an inflation press release and a publication; the next sync adds them.
        NewReleaseReleases.Publish(api);
        var report = await runner.RunAsync(null, CancellationToken.None);

        // Assert
        Assert.Equal(2, report.Added.Count);
        var inflasiNotice = Assert.Single(await inflasi.GetAsync(marks[inflasi]));
        Assert.Contains("Rilis baru BPS Kota Tarakan", inflasiNotice.Text, StringComparison.Ordinal);
        Assert.Contains("BRS: Inflasi Year on Year (y-on-y) Kota Tarakan Desember 2024 sebesar 1,61 Persen (Kamis, 2 Januari 2025)", inflasiNotice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Statistik Daerah", inflasiNotice.Text, StringComparison.Ordinal);
        var allNotice = Assert.Single(await everything.GetAsync(marks[everything]));
        Assert.Contains("Statistik Daerah Kota Tarakan 2025", allNotice.Text, StringComparison.Ordinal);
        Assert.Equal(2, allNotice.Choices.Count);
        Assert.Empty(await kemiskinan.GetAsync(marks[kemiskinan]));
        Assert.Empty(await leaver.GetAsync(marks[leaver]));

        // Act: the notice's button opens the press release, readable and downloadable like a publication.
        var opened = await inflasi.ChooseAsync(Assert.Single(inflasiNotice.Choices).Id);

        // Assert
        Assert.Contains("Tanggal rilis: Kamis, 2 Januari 2025", opened.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_added_by_a_manual_catalog_sync_are_announced_by_the_hosts_next_sync()
    {
        // Arrange
        var chat = new WebChatClient(factory.CreateClient());
        await chat.SayAsync("langganan inflasi");
        var runner = factory.Services.GetRequiredService<BpsSyncRunner>();
        await runner.RunAsync(null, CancellationToken.None);
        var mark = (await chat.GetAsync()).Max(r => r.Seq);
        NewReleaseReleases.Publish(api);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataDir"] = factory.DataDir,
            ["Catalog:Bps:ApiKey"] = BpsWebApiDouble.Key,
            ["Catalog:Bps:BaseUrl"] = api.BaseUrl,
            ["Catalog:Bps:RequestIntervalMilliseconds"] = "0",
        }).Build();
        using var output = new StringWriter();
        Assert.Equal(0, await Bot.Host.Cli.CatalogCommand.RunAsync(["sync"], configuration, output, TextWriter.Null, CancellationToken.None));
        Assert.Contains("2 added", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(await chat.GetAsync(mark));

        // Act
        var report = await runner.RunAsync(null, CancellationToken.None);

        // Assert
        Assert.Empty(report.Added);
        var notice = Assert.Single(await chat.GetAsync(mark));
        Assert.Contains("Desember 2024", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscription_is_stored_without_personal_data_and_goes_with_its_conversation()
    {
        // Arrange
        var chat = new WebChatClient(factory.CreateClient());
        await chat.SayAsync("langganan inflasi kemiskinan");

        // Act
        var stored = await factory.QueryAsync(db => db.Set<SubscriptionRecord>().SingleAsync());
        await factory.QueryAsync(async db =>
        {
            db.Conversations.Remove(await db.Conversations.SingleAsync(c => c.Id == stored.ConversationId));
            return await db.SaveChangesAsync();
        });

        // Assert
        Assert.Equal("inflasi,kemiskinan", stored.Topics);
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<SubscriptionRecord>().CountAsync()));
    }

    [Fact]
    public async Task An_unknown_topic_is_named_and_the_topics_are_offered()
    {
        // Arrange
        var chat = new WebChatClient(factory.CreateClient());

        // Act
        var replies = await chat.SayAsync("langganan sepakbola");

        // Assert
        Assert.Contains("topik \"sepakbola\" belum tersedia", replies.AllText(), StringComparison.Ordinal);
        Assert.Contains(replies.Last().Choices, c => c.Id == "sub:inflasi");
        Assert.Equal(0, await factory.QueryAsync(db => db.Set<SubscriptionRecord>().CountAsync()));
        Assert.Contains("belum berlangganan", (await chat.SayAsync("berhenti langganan")).AllText(), StringComparison.Ordinal);
    }
}
