using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Tests.Complaints;
using Bot.Tests.Infrastructure;

namespace Bot.Tests.Understanding;

/// <summary>Texts the bot could not place reach the staff report, without personal data.</summary>
public sealed class UnansweredReportTests : IAsyncLifetime
{
    // The factory's clock is 2026-03-02 09:00 WITA.
    private const string Url = "/api/staff/reports/unanswered?from=2026-03-02&to=2026-03-02";
    private StaffDeskHost _host = null!;

    public async Task InitializeAsync() => _host = await StaffDeskHost.StartAsync();

    [Fact]
    public async Task UnplacedTextsAreCountedWithoutNumbersOrEmails()
    {
        var first = _host.NewChat();
        var second = _host.NewChat();
        await first.SayAsync("xqzt vbnm 0812 3456 7890 siti@example.com");
        await second.SayAsync("Xqzt vbnm 081298765432");
        await first.SayAsync("halo");

        var report = await _host.StaffApi().GetFromJsonAsync<JsonElement>(Url);

        var item = Assert.Single(report.GetProperty("items").EnumerateArray());
        Assert.Equal("xqzt vbnm #", item.GetProperty("text").GetString());
        Assert.Equal(2, item.GetProperty("count").GetInt32());
        Assert.StartsWith("2026-03-02T09:00", item.GetProperty("lastSeen").GetString());
        var stored = await _host.Factory.QueryAsync(db => Task.FromResult(db.Set<Bot.Host.Understanding.UnansweredEntry>().Select(u => u.Text).ToList()));
        Assert.DoesNotContain(stored, t => t.Contains("0812", StringComparison.Ordinal) || t.Contains("example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheReportKeepsToItsPeriodAndRefusesBadDates()
    {
        await _host.NewChat().SayAsync("xqzt vbnm");

        var dayBefore = await _host.StaffApi().GetFromJsonAsync<JsonElement>("/api/staff/reports/unanswered?from=2026-03-01&to=2026-03-01");
        var bad = await _host.StaffApi().GetAsync("/api/staff/reports/unanswered?from=kemarin&to=2026-03-01");
        var noKey = await _host.Factory.CreateClient().GetAsync(Url);

        Assert.Empty(dayBefore.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("from=YYYY-MM-DD", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
