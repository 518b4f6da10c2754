using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// Turns a sentence into a catalogue query ("ada publikasi tentang kemiskinan" → "kemiskinan",
/// "is there a publication on poverty" → "kemiskinan"), finds the entities a search needs
/// (year, month, topic words), and reads a refinement of the last search ("yang 2023",
/// "tahun lalu").
/// </summary>
public static partial class SearchText
{
    // Longest first, so "saya butuh data" goes before "saya".
    private static readonly string[] s_fillerPhrases =
    [
        "apakah ada publikasi tentang", "ada publikasi tentang", "ada publikasi mengenai", "ada data tentang", "ada data mengenai",
        "ada buku tentang", "saya butuh data", "saya perlu data", "saya cari data", "saya mencari data", "saya mau cari", "saya mencari",
        "minta data", "butuh data", "cari publikasi", "carikan publikasi", "publikasi tentang", "data tentang", "data mengenai",
        "tolong carikan", "carikan", "cari", "mau cari", "saya butuh", "saya perlu", "saya cari", "tolong", "dong", "kak", "min", "ya",
        "is there a publication on", "is there a publication about", "is there any data on", "do you have data on", "do you have",
        "i need data on", "i need data about", "i need", "i am looking for", "looking for", "search for", "find", "search", "please",
        "publication on", "publication about", "data on", "data about",
    ];

    // English topic words visitors type, in the catalogue's words (the index also knows many synonyms;
    // mapping here keeps the shown query in the catalogue's language).
    private static readonly Dictionary<string, string> s_english = new(StringComparer.Ordinal)
    {
        ["poverty"] = "kemiskinan",
        ["poor"] = "kemiskinan",
        ["unemployment"] = "pengangguran",
        ["population"] = "penduduk",
        ["inflation"] = "inflasi",
        ["education"] = "pendidikan",
        ["health"] = "kesehatan",
        ["agriculture"] = "pertanian",
        ["fisheries"] = "perikanan",
        ["fishery"] = "perikanan",
        ["tourism"] = "pariwisata",
        ["economy"] = "ekonomi",
        ["economic"] = "ekonomi",
        ["employment"] = "ketenagakerjaan",
        ["labour"] = "ketenagakerjaan",
        ["labor"] = "ketenagakerjaan",
        ["trade"] = "perdagangan",
        ["transport"] = "transportasi",
        ["transportation"] = "transportasi",
        ["housing"] = "perumahan",
        ["welfare"] = "kesejahteraan",
        ["prices"] = "harga",
        ["gdp"] = "pdrb",
        ["grdp"] = "pdrb",
        ["census"] = "sensus",
    };

    private static readonly Dictionary<string, int> s_months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1, ["februari"] = 2, ["february"] = 2, ["feb"] = 2, ["maret"] = 3, ["march"] = 3,
        ["april"] = 4, ["mei"] = 5, ["may"] = 5, ["juni"] = 6, ["june"] = 6, ["juli"] = 7, ["july"] = 7, ["agustus"] = 8, ["august"] = 8,
        ["september"] = 9, ["oktober"] = 10, ["october"] = 10, ["november"] = 11, ["desember"] = 12, ["december"] = 12,
    };

    private static readonly HashSet<string> s_nonTopicWords =
    [
        "yang", "tahun", "year", "di", "dan", "untuk", "the", "of", "in", "and", "for", "ada", "apa", "saja", "data", "publikasi",
        "publication", "terbaru", "latest", "lagi", "lalu", "last", "ini", "this", "kota", "tarakan",
    ];

    /// <summary>The query to search for a sentence: filler removed, English topic words mapped.</summary>
    public static string ToQuery(string text)
    {
        // An email address is never a topic, and must not reach the unanswered log.
        var normalized = " " + TextNormalizer.Normalize(Emails().Replace(text, " ")) + " ";
        foreach (var phrase in s_fillerPhrases)
        {
            normalized = normalized.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }

        var words = TextNormalizer.Words(normalized).Select(w => s_english.GetValueOrDefault(w, w)).ToArray();
        var query = string.Join(' ', words);

        // Nothing left ("cari data"): keep what the visitor wrote rather than search for nothing.
        return query.Length >= 2 ? query : text.Trim();
    }

    /// <summary>The entities of a search sentence.</summary>
    public static SearchEntities Entities(string text, DateTimeOffset now)
    {
        var words = TextNormalizer.Words(TextNormalizer.Normalize(text));
        int? year = null;
        int? month = null;
        var topic = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1945 and <= 2100)
            {
                year = y;
            }
            else if (s_months.TryGetValue(word, out var m))
            {
                month = m;
            }
            else if (word is "lalu" or "kemarin" && i > 0 && words[i - 1] == "tahun" || word == "year" && i > 0 && words[i - 1] == "last")
            {
                year = Wita.ToWita(now).Year - 1;
            }
            else if (word == "ini" && i > 0 && words[i - 1] == "tahun" || word == "year" && i > 0 && words[i - 1] == "this")
            {
                year = Wita.ToWita(now).Year;
            }
            else if (!s_nonTopicWords.Contains(word) && !Digits().IsMatch(word))
            {
                topic.Add(s_english.GetValueOrDefault(word, word));
            }
        }

        return new SearchEntities(year, month, topic);
    }

    /// <summary>
    /// A refinement of the last search: a short text that only names a year or a month
    /// ("yang 2023", "tahun lalu", "2022 saja"). Returns the last query with that year
    /// (replacing any year it had), or null when the text is something else.
    /// </summary>
    public static string? Refine(string text, string lastQuery, DateTimeOffset now)
    {
        var entities = Entities(text, now);
        var extra = entities.Topic.Where(w => w is not ("saja" or "aja" or "only" or "dong" or "kak" or "min" or "yg" or "ya" or "tahunnya")).ToList();
        if (extra.Count > 0 || entities.Year is null && entities.Month is null || TextNormalizer.Words(TextNormalizer.Normalize(text)).Length > 5)
        {
            return null;
        }

        var query = Years().Replace(lastQuery, "").Trim();
        query = string.Join(' ', TextNormalizer.Words(query).Where(w => !s_months.ContainsKey(w.ToLowerInvariant())));
        if (entities.Month is { } month)
        {
            query += " " + s_months.First(p => p.Value == month).Key;
        }

        if (entities.Year is { } year)
        {
            query += " " + year.ToString(CultureInfo.InvariantCulture);
        }

        return query.Trim();
    }

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex Emails();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(19|20)[0-9]{2}\b")]
    private static partial Regex Years();
}

/// <summary>What a search sentence asks for.</summary>
public sealed record SearchEntities(int? Year, int? Month, IReadOnlyList<string> Topic);
