namespace Bot.Catalog.Pdf;

/// <summary>Converts instants to WITA (Waktu Indonesia Tengah, Asia/Makassar), the local time of Tarakan.</summary>
internal static class WitaClock
{
    // Hosts without tzdata (slim containers) lack Asia/Makassar; WITA has had no DST since 1963, so +8 is exact.
    private static readonly TimeZoneInfo Zone = Resolve();

    public static DateTimeOffset ToWita(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private static TimeZoneInfo Resolve()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Makassar");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("WITA", TimeSpan.FromHours(8), "WITA", "WITA");
        }
    }
}
