using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Catalog.Bps;

/// <summary>One publication or press release as a WebAPI list returns it, with texts already cleaned.</summary>
public sealed partial record BpsItem
{
    public required BpsModel Model { get; init; }

    /// <summary>Upstream id: <c>pub_id</c> (24 hex digits) or <c>brs_id</c> (an integer).</summary>
    public required string SourceId { get; init; }

    public required string Title { get; init; }

    public string? Abstract { get; init; }

    public DateOnly? ReleaseDate { get; init; }

    /// <summary><c>updt_date</c> as sent (null when never updated).</summary>
    public string? UpdatedDate { get; init; }

    public string? PdfUrl { get; init; }

    /// <summary>Size as sent, e.g. "13.46 MB".</summary>
    public string? Size { get; init; }

    /// <summary>Press releases: the subject name (<c>subj</c>), e.g. "Inflasi".</summary>
    public string? Subject { get; init; }

    /// <summary>Publications: the <c>issn</c> field, which may hold an ISSN, an ISBN or "-".</summary>
    public string? Issn { get; init; }

    /// <summary>Catalogue id: <c>bps-pub-{pub_id}</c> or <c>bps-brs-{brs_id}</c>.</summary>
    public string CatalogId => (Model == BpsModel.Publication ? "bps-pub-" : "bps-brs-") + SourceId;

    /// <summary>What must change upstream for the item to be fetched again.</summary>
    public string ChangeKey => $"{UpdatedDate ?? "-"}|{Size ?? "-"}|{ReleaseDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}";

    [GeneratedRegex("^[A-Za-z0-9]{1,40}$")]
    private static partial Regex SourceIdPattern();

    /// <summary>Reads one list item; null with a reason when it lacks an id or a title.</summary>
    public static BpsItem? Parse(BpsModel model, JsonElement item, out string? problem)
    {
        var idField = model == BpsModel.Publication ? "pub_id" : "brs_id";
        var id = Text(item, idField);
        var title = HtmlText.CleanLine(Text(item, "title"));
        problem = id is null || !SourceIdPattern().IsMatch(id) ? $"missing or malformed {idField}"
            : title.Length == 0 ? "no title"
            : null;
        if (problem is not null)
        {
            return null;
        }

        var cleanedAbstract = HtmlText.Clean(Text(item, "abstract"));
        return new BpsItem
        {
            Model = model,
            SourceId = id!,
            Title = title.Length > 300 ? title[..300].TrimEnd() : title,
            Abstract = cleanedAbstract.Length == 0 ? null : cleanedAbstract,
            ReleaseDate = Date(Text(item, "rl_date")) ?? Date(Text(item, "sch_date")),
            UpdatedDate = Text(item, "updt_date"),
            PdfUrl = Text(item, "pdf"),
            Size = Text(item, "size"),
            Subject = model == BpsModel.PressRelease ? HtmlText.CleanLine(Text(item, "subj")) is { Length: > 0 } s ? s : null : null,
            Issn = Text(item, "issn"),
        };
    }

    /// <summary>The announced size in bytes ("13.46 MB"), or null.</summary>
    public long? AnnouncedBytes()
    {
        if (Size is null)
        {
            return null;
        }

        var parts = Size.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var unit = parts[1].ToUpperInvariant() switch
        {
            "B" => 1d,
            "KB" => 1024d,
            "MB" => 1024d * 1024,
            "GB" => 1024d * 1024 * 1024,
            _ => double.NaN,
        };
        return double.IsNaN(unit) ? null : (long)(number * unit);
    }

    /// <summary>A string or number property as text; null when absent, null or blank.</summary>
    internal static string? Text(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Length > 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
