namespace Bot.Host.Tickets;

/// <summary>`Staff:OfficeHours`: when staff answer. Defaults to the standard's Mon–Fri 08:00–15:30 WITA.</summary>
public sealed class OfficeHoursOptions
{
    /// <summary>Office days; empty means Monday to Friday. (No default list: the binder would add to it.)</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>Opening time, "HH:mm".</summary>
    public string Start { get; set; } = "08:00";

    /// <summary>Closing time, "HH:mm".</summary>
    public string End { get; set; } = "15:30";

    /// <summary>IANA time zone of the office.</summary>
    public string TimeZone { get; set; } = "Asia/Makassar";

    /// <summary>More dates (yyyy-MM-dd) the office is closed although they are office days, on top of the holidays file.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>The national holidays file (see <see cref="HolidayFile"/>); empty: the list shipped with PstBot.</summary>
    public string HolidaysFile { get; set; } = "";
}
