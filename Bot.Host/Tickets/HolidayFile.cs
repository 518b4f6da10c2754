using System.Globalization;

namespace Bot.Host.Tickets;

/// <summary>
/// The office's list of national holidays: a text file, one "yyyy-MM-dd name" a line, so the
/// office updates it each year without a code change. The shipped list is embedded; the setting
/// Staff:OfficeHours:HolidaysFile points to the office's own.
/// </summary>
public static class HolidayFile
{
    private const string ResourceName = "Bot.Host.Tickets.holidays.txt";

    /// <summary>The dates of the configured file, or of the shipped list when no file is set.</summary>
    public static IReadOnlyList<DateOnly> Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            using var stream = typeof(HolidayFile).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("The embedded holidays.txt is missing from Bot.Host.");
            using var reader = new StreamReader(stream);
            return Parse(reader.ReadToEnd(), "embedded holidays.txt");
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Staff:OfficeHours:HolidaysFile '{path}' does not exist.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads the dates; a line that is not a date says which line and why.</summary>
    public static IReadOnlyList<DateOnly> Parse(string text, string source)
    {
        var dates = new List<DateOnly>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var first = line.Split([' ', '\t'], 2)[0];
            if (!DateOnly.TryParseExact(first, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidOperationException($"{source}, line {i + 1}: '{first}' is not a date; write yyyy-MM-dd and the holiday's name, e.g. 2026-08-17 Proklamasi Kemerdekaan.");
            }

            dates.Add(date);
        }

        return dates;
    }
}
