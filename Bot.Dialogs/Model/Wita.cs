namespace Bot.Dialogs.Model;

/// <summary>Central Indonesia Time (WITA, Asia/Makassar, UTC+8): how Tarakan reads the clock.</summary>
public static class Wita
{
    private static readonly TimeZoneInfo s_zone = Find();

    public static DateTimeOffset ToWita(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, s_zone);

    /// <summary>The WITA calendar day of a moment.</summary>
    public static DateOnly Today(DateTimeOffset moment) => DateOnly.FromDateTime(ToWita(moment).DateTime);

    /// <summary>The UTC moment a WITA day starts.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), s_zone.BaseUtcOffset).ToUniversalTime();

    /// <summary>"2026-03-02 09:00 WITA".</summary>
    public static string Format(DateTimeOffset moment) => ToWita(moment).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " WITA";

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A machine without tz data: WITA has no daylight saving, so a fixed offset is exact.
            return TimeZoneInfo.CreateCustomTimeZone("WITA", TimeSpan.FromHours(8), "WITA", "WITA");
        }
    }
}
