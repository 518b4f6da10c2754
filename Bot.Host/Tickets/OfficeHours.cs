using System.Globalization;
using Bot.Dialogs.Model;

namespace Bot.Host.Tickets;

/// <summary>
/// The office's working time: whether a moment is inside it, and the moment N working minutes
/// after another (a ticket filed on Friday evening is due Monday morning, not Friday night).
/// </summary>
public sealed class OfficeHours
{
    private static readonly DayOfWeek[] s_weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private readonly HashSet<DayOfWeek> _days;
    private readonly HashSet<DateOnly> _holidays;
    private readonly TimeOnly _start;
    private readonly TimeOnly _end;
    private readonly TimeZoneInfo _zone;

    public OfficeHours(OfficeHoursOptions options)
    {
        _days = options.Days.Count == 0 ? [.. s_weekdays] : [.. options.Days];
        _holidays = [.. options.Holidays, .. HolidayFile.Load(options.HolidaysFile)];
        _start = ParseTime(options.Start, "Start");
        _end = ParseTime(options.End, "End");
        if (_end <= _start)
        {
            throw new InvalidOperationException($"Staff:OfficeHours:End ({options.End}) must be later than Staff:OfficeHours:Start ({options.Start}).");
        }

        _zone = FindZone(options.TimeZone);
    }

    /// <summary>E.g. "Senin–Jumat 08.00–15.30 WITA".</summary>
    public Bilingual Description => new(Describe(Language.Id), Describe(Language.En));

    public bool IsOpen(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, _zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsOfficeDay(DateOnly.FromDateTime(local.DateTime)) && time >= _start && time < _end;
    }

    /// <summary>The moment when <paramref name="minutes"/> office minutes have passed after <paramref name="from"/>.</summary>
    public DateTimeOffset AddOfficeMinutes(DateTimeOffset from, int minutes)
    {
        var remaining = TimeSpan.FromMinutes(minutes);
        var local = TimeZoneInfo.ConvertTime(from, _zone).DateTime;

        // A year is far more than any configured delay; the bound only guards against a
        // configuration with every day a holiday.
        for (var day = 0; day < 366 * 2; day++)
        {
            var date = DateOnly.FromDateTime(local);
            if (IsOfficeDay(date))
            {
                var open = date.ToDateTime(_start);
                var close = date.ToDateTime(_end);
                if (local < open)
                {
                    local = open;
                }

                if (local < close)
                {
                    var available = close - local;
                    if (remaining <= available)
                    {
                        return ToOffset(local + remaining);
                    }

                    remaining -= available;
                }
            }

            local = date.AddDays(1).ToDateTime(TimeOnly.MinValue);
        }

        throw new InvalidOperationException("Staff:OfficeHours leaves no office day within two years; check Days and Holidays.");
    }

    private bool IsOfficeDay(DateOnly date) => _days.Contains(date.DayOfWeek) && !_holidays.Contains(date);

    private DateTimeOffset ToOffset(DateTime local) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), _zone.GetUtcOffset(local));

    private string Describe(Language language)
    {
        var culture = Formats.Culture(language);
        var ordered = _days.OrderBy(d => ((int)d + 6) % 7).ToList();
        var contiguous = ordered.Count > 1 && ordered.Zip(ordered.Skip(1)).All(p => ((int)p.Second + 6) % 7 - ((int)p.First + 6) % 7 == 1);
        var days = contiguous
            ? $"{culture.DateTimeFormat.GetDayName(ordered[0])}–{culture.DateTimeFormat.GetDayName(ordered[^1])}"
            : string.Join(", ", ordered.Select(d => culture.DateTimeFormat.GetDayName(d)));
        var zone = _zone.BaseUtcOffset == TimeSpan.FromHours(8) ? "WITA" : _zone.Id;
        return $"{days} {Formats.Clock(_start, language)}–{Formats.Clock(_end, language)} {zone}";
    }

    private static TimeOnly ParseTime(string value, string key) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new InvalidOperationException($"Staff:OfficeHours:{key} '{value}' is not a time; use HH:mm, e.g. 08:00.");

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Slim containers may lack tzdata; the office's own zone has had no DST since 1932.
            if (id == "Asia/Makassar")
            {
                return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(8), "WITA", "WITA");
            }

            throw new InvalidOperationException($"Staff:OfficeHours:TimeZone '{id}' is not a known time zone; use an IANA name such as Asia/Makassar.", e);
        }
    }
}
