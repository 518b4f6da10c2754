using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Catalog.Publications;

/// <summary>
/// Reads a publication manifest (a JSON array) and checks every entry's metadata and file path.
/// It never throws for bad content: every problem becomes a <see cref="ManifestError"/> so an operator
/// can fix the whole file in one go. PDF content checks are done by the importer's validator.
/// </summary>
public static partial class ManifestReader
{
    /// <summary>Lowest accepted publication year.</summary>
    public const int MinYear = 1900;

    /// <summary>Highest accepted publication year.</summary>
    public const int MaxYear = 2100;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex IdPattern();

    // BPS numbers: a seven-digit series, then a dot and the region publishing it: two digits for a province
    // (1102001.65), four for a regency or city (1102001.6571), seven for a district (1102001.6571010).
    // National publications carry the series alone (1101001).
    [GeneratedRegex(@"^\d{7}(?:\.\d{2}(?:\d{2}(?:\d{3})?)?)?$")]
    private static partial Regex CatalogNumberPattern();

    [GeneratedRegex(@"^\d{4}-\d{3}[\dXx]$")]
    private static partial Regex IssnPattern();

    [GeneratedRegex(@"^(?:\d[- ]?){9}[\dXx]$|^(?:\d[- ]?){12}\d$")]
    private static partial Regex IsbnPattern();

    /// <summary>True when <paramref name="id"/> is a valid publication id.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>True when <paramref name="value"/> looks like a BPS catalogue number (1102001.6571, 1102001.6571010).</summary>
    public static bool IsValidCatalogNumber(string? value) => value is not null && CatalogNumberPattern().IsMatch(value);

    /// <summary>True when <paramref name="value"/> is an ISSN (1234-567X).</summary>
    public static bool IsValidIssn(string? value) => value is not null && IssnPattern().IsMatch(value);

    /// <summary>True when <paramref name="value"/> is an ISBN of 10 or 13 digits.</summary>
    public static bool IsValidIsbn(string? value) => value is not null && IsbnPattern().IsMatch(value);

    /// <summary>Reads the manifest file at <paramref name="manifestPath"/>.</summary>
    public static ManifestReadResult ReadFile(string manifestPath)
    {
        string json;
        try
        {
            json = File.ReadAllText(manifestPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail($"cannot read \"{manifestPath}\": {ex.Message}");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath)) ?? Directory.GetCurrentDirectory();
        return Read(json, folder);
    }

    /// <summary>Parses manifest JSON; relative file paths are resolved against <paramref name="baseFolder"/>.</summary>
    public static ManifestReadResult Read(string json, string baseFolder)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return Fail($"not valid JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Fail("the manifest must be a JSON array of publications");
            }

            var entries = new List<ManifestEntry>();
            var errors = new List<ManifestError>();
            var seenIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var entry = ReadEntry(element, index, baseFolder, seenIds, errors);
                if (entry is not null)
                {
                    entries.Add(entry);
                }

                index++;
            }

            if (index == 0)
            {
                errors.Add(new ManifestError(-1, null, "manifest", "the manifest contains no publications"));
            }

            return new ManifestReadResult(entries, errors);
        }
    }

    private static ManifestReadResult Fail(string reason) =>
        new([], [new ManifestError(-1, null, "manifest", reason)]);

    private static ManifestEntry? ReadEntry(JsonElement element, int index, string baseFolder, Dictionary<string, int> seenIds, List<ManifestError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ManifestError(index, null, "entry", "must be a JSON object"));
            return null;
        }

        var before = errors.Count;
        var fields = new EntryFields(element, index, errors);

        var id = fields.String("id");
        fields.Id = id;
        if (id is null)
        {
            fields.Error("id", "is required");
        }
        else if (!IsValidId(id))
        {
            fields.Error("id", "must be 1-64 characters of letters, digits, '.', '_' or '-'");
        }
        else if (seenIds.TryGetValue(id, out var first))
        {
            fields.Error("id", $"duplicate: already used by entry #{first + 1}");
        }
        else
        {
            seenIds[id] = index;
        }

        var title = fields.String("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            fields.Error("title", "is required and must not be blank");
        }
        else if (title.Length > 300)
        {
            fields.Error("title", "is longer than 300 characters");
        }

        var subtitle = fields.String("subtitle");
        var year = ReadYear(fields);

        var catalogNumber = fields.String("catalogNumber");
        if (catalogNumber is not null && !IsValidCatalogNumber(catalogNumber))
        {
            fields.Error("catalogNumber", $"\"{catalogNumber}\" is not a BPS catalogue number such as 1102001.6571 or 1102001.6571010 (seven digits, then a dot and a region code of 2, 4 or 7 digits)");
        }

        var publicationNumber = fields.String("publicationNumber");
        var issn = fields.String("issn");
        if (issn is not null && !IssnPattern().IsMatch(issn))
        {
            fields.Error("issn", $"\"{issn}\" is not in the format 1234-567X");
        }

        var isbn = fields.String("isbn");
        if (isbn is not null && !IsbnPattern().IsMatch(isbn))
        {
            fields.Error("isbn", $"\"{isbn}\" must have 10 or 13 digits");
        }

        DateOnly? releaseDate = null;
        var releaseText = fields.String("releaseDate");
        if (releaseText is not null)
        {
            if (DateOnly.TryParseExact(releaseText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                releaseDate = parsed;
            }
            else
            {
                fields.Error("releaseDate", $"\"{releaseText}\" is not a date in the format yyyy-MM-dd");
            }
        }

        var language = fields.String("language") ?? "id";
        if (language is not ("id" or "en"))
        {
            fields.Error("language", $"\"{language}\" must be \"id\" or \"en\"");
        }

        var subjects = ReadSubjects(fields);
        var abstractText = fields.String("abstract");
        var (file, sourcePath) = ReadFile(fields, baseFolder);

        if (errors.Count > before || id is null || title is null || file is null || sourcePath is null)
        {
            return null;
        }

        var publication = new Publication
        {
            Id = id,
            Title = title.Trim(),
            Subtitle = string.IsNullOrWhiteSpace(subtitle) ? null : subtitle.Trim(),
            Year = year,
            CatalogNumber = catalogNumber,
            PublicationNumber = publicationNumber,
            Issn = issn,
            Isbn = isbn,
            ReleaseDate = releaseDate,
            Language = language,
            Subjects = subjects,
            Abstract = string.IsNullOrWhiteSpace(abstractText) ? null : abstractText.Trim(),
            File = file,
        };
        return new ManifestEntry(index, publication, sourcePath);
    }

    private static int ReadYear(EntryFields fields)
    {
        if (!fields.Element.TryGetProperty("year", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            fields.Error("year", "is required");
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var year) && year is >= MinYear and <= MaxYear)
        {
            return year;
        }

        fields.Error("year", $"{value.GetRawText()} must be a whole number between {MinYear} and {MaxYear}");
        return 0;
    }

    private static IReadOnlyList<string> ReadSubjects(EntryFields fields)
    {
        if (!fields.Element.TryGetProperty("subjects", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            fields.Error("subjects", "must be an array of strings");
            return [];
        }

        var subjects = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                fields.Error("subjects", "must contain only non-blank strings");
                return [];
            }

            subjects.Add(item.GetString()!.Trim());
        }

        return subjects;
    }

    private static (string? File, string? SourcePath) ReadFile(EntryFields fields, string baseFolder)
    {
        var file = fields.String("file");
        if (string.IsNullOrWhiteSpace(file))
        {
            fields.Error("file", "is required");
            return (null, null);
        }

        if (Path.IsPathRooted(file))
        {
            fields.Error("file", $"\"{file}\" must be relative to the manifest's folder");
            return (null, null);
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(baseFolder, file));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            fields.Error("file", $"\"{file}\" is not a valid path");
            return (null, null);
        }

        if (!File.Exists(full))
        {
            fields.Error("file", $"\"{file}\" does not exist (looked for {full})");
            return (null, null);
        }

        if (!full.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            fields.Error("file", $"\"{file}\" is not a PDF (expected a .pdf file)");
            return (null, null);
        }

        return (file, full);
    }
}
