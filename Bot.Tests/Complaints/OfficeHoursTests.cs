using Bot.Host.Tickets;

namespace Bot.Tests.Complaints;

public sealed class OfficeHoursTests
{
    private static readonly TimeSpan s_wita = TimeSpan.FromHours(8);
    private readonly OfficeHours _hours = new(new OfficeHoursOptions { Holidays = [new DateOnly(2026, 3, 19)] });

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, s_wita);

    [Theory]
    [InlineData(3, 2, 9, 0, 3, 2, 9, 30)] // Monday morning: plain addition
    [InlineData(3, 2, 15, 20, 3, 3, 8, 20)] // ten minutes before closing: the rest next morning
    [InlineData(3, 2, 19, 0, 3, 3, 8, 30)] // evening: counted from the next opening
    [InlineData(3, 3, 6, 45, 3, 3, 8, 30)] // before opening: counted from opening
    [InlineData(3, 6, 15, 20, 3, 9, 8, 20)] // Friday afternoon: Monday morning
    [InlineData(3, 7, 11, 0, 3, 9, 8, 30)] // Saturday: Monday morning
    [InlineData(3, 18, 15, 30, 3, 20, 8, 30)] // closing time on the eve of a holiday: the day after it
    public void ThirtyOfficeMinutesSkipEveningsWeekendsAndHolidays(int m, int d, int h, int min, int em, int ed, int eh, int emin)
    {
        var due = _hours.AddOfficeMinutes(At(m, d, h, min), 30);

        Assert.Equal(At(em, ed, eh, emin), due);
    }

    [Fact]
    public void ADelayLongerThanADaySpansSeveralOfficeDays()
    {
        // 450 minutes is one full day (08:00–15:30); 500 = one day + 50 minutes.
        var due = _hours.AddOfficeMinutes(At(3, 2, 8, 0), 500);

        Assert.Equal(At(3, 3, 8, 50), due);
    }

    [Fact]
    public void AMomentGivenInUtcIsReadInTheOfficesTimeZone()
    {
        // 07:20 UTC is 15:20 WITA on Friday.
        var due = _hours.AddOfficeMinutes(new DateTimeOffset(2026, 3, 6, 7, 20, 0, TimeSpan.Zero), 30);

        Assert.Equal(At(3, 9, 8, 20), due);
    }

    [Theory]
    [InlineData(3, 2, 8, 0, true)]
    [InlineData(3, 2, 15, 29, true)]
    [InlineData(3, 2, 15, 30, false)]
    [InlineData(3, 2, 7, 59, false)]
    [InlineData(3, 7, 10, 0, false)]
    [InlineData(3, 19, 10, 0, false)]
    public void IsOpenOnlyOnOfficeDaysBetweenOpeningAndClosing(int m, int d, int h, int min, bool open) =>
        Assert.Equal(open, _hours.IsOpen(At(m, d, h, min)));

    [Fact]
    public void TheShippedHolidayListClosesTheOfficeOnIndependenceDay()
    {
        // Monday 17 August 2026, 10:00 WITA: an office day by the clock, a national holiday by the list.
        Assert.False(_hours.IsOpen(At(8, 17, 10, 0)));
        Assert.True(_hours.IsOpen(At(8, 18, 10, 0)));
    }

    [Fact]
    public void AnOfficesOwnHolidaysFileIsHonoured()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pstbot-holidays-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# test\n2026-03-03 Hari libur kantor\n");
        try
        {
            var hours = new OfficeHours(new OfficeHoursOptions { HolidaysFile = path });

            Assert.False(hours.IsOpen(At(3, 3, 10, 0)));
            Assert.True(hours.IsOpen(At(8, 17, 10, 0))); // the office's file replaces the shipped list
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ALineThatIsNotADateIsRefusedWithItsLineNumber()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HolidayFile.Parse("2026-01-01 Tahun Baru\n17-08-2026 Kemerdekaan\n", "libur.txt"));

        Assert.Contains("libur.txt, line 2", error.Message);
        Assert.Contains("yyyy-MM-dd", error.Message);
    }

    [Fact]
    public void TheDescriptionNamesDaysAndHoursInBothLanguages()
    {
        Assert.Equal("Senin–Jumat 08.00–15.30 WITA", _hours.Description.Id);
        Assert.Equal("Monday–Friday 08:00–15:30 WITA", _hours.Description.En);
    }

    [Fact]
    public void AnEndBeforeTheStartIsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new OfficeHours(new OfficeHoursOptions { Start = "15:00", End = "08:00" }));

        Assert.Contains("Staff:OfficeHours:End", error.Message);
    }
}
