using Bot.Host.Catalog;

namespace Bot.Tests.Catalog.Sync;

public sealed class SyncScheduleTests
{
    [Theory]
    [InlineData("2026-03-02T01:00:00Z", "02:30", "2026-03-02T18:30:00Z")] // 09:00 WITA: tomorrow 02:30 WITA
    [InlineData("2026-03-01T18:00:00Z", "02:30", "2026-03-01T18:30:00Z")] // 02:00 WITA: today
    [InlineData("2026-03-01T18:30:00Z", "02:30", "2026-03-02T18:30:00Z")] // exactly at the time: the next day
    [InlineData("2026-03-02T15:59:00Z", "00:00", "2026-03-02T16:00:00Z")] // 23:59 WITA: midnight WITA
    public void The_next_sync_is_the_next_moment_the_wita_clock_shows_the_time(string now, string at, string expected) =>
        Assert.Equal(
            DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            SyncSchedule.Next(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture)));
}
