namespace Bot.Dialogs.Model;

/// <summary>
/// Central Indonesia Time (WITA, Asia/Makassar, UTC+8), the office's time zone: days in the
/// guest book and every time shown to a user are counted in it.
/// </summary>
public static class Wita
{
    /// <summary>The WITA zone; a fixed UTC+8 zone when the system has no time-zone data (WITA has no DST).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset ToWita(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);

    /// <summary>The calendar day in WITA at the given moment.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToWita(now).DateTime);

    /// <summary>The UTC moment a WITA day starts.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Zone.BaseUtcOffset).ToUniversalTime();

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("WITA", TimeSpan.FromHours(8), "WITA (UTC+8)", "WITA");
        }
    }
}
