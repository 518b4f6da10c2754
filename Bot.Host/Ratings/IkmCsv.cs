using System.Globalization;
using System.Text;

namespace Bot.Host.Ratings;

/// <summary>The IKM report as CSV (one row per element, then the totals) for a spreadsheet.</summary>
internal static class IkmCsv
{
    public static string Format(IkmReport report, DateOnly from, DateOnly to)
    {
        var csv = new StringBuilder();
        csv.Append("code,name,value\r\n");
        foreach (var element in report.Elements)
        {
            Row(csv, element.Code, element.Name, Number(element.Nrr));
        }

        Row(csv, "IKM", "Indeks Kepuasan Masyarakat", Number(report.Ikm));
        Row(csv, "CATEGORY", "Mutu pelayanan", report.Category is null ? "" : $"{report.Category} ({report.Label})");
        Row(csv, "RESPONSES", "Responden survei SKM", report.Responses.ToString(CultureInfo.InvariantCulture));
        Row(csv, "QUICK_RESPONSES", "Penilaian singkat", report.Quick.Responses.ToString(CultureInfo.InvariantCulture));
        Row(csv, "QUICK_AVERAGE", "Rata-rata penilaian singkat (1-4)", Number(report.Quick.Average));
        Row(csv, "PERIOD", "Periode", $"{from:yyyy-MM-dd} s.d. {to:yyyy-MM-dd}");
        return csv.ToString();
    }

    private static string Number(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    private static void Row(StringBuilder csv, params string[] cells) =>
        csv.Append(string.Join(',', cells.Select(Escape))).Append("\r\n");

    private static string Escape(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
