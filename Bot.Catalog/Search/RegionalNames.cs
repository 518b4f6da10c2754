namespace Bot.Catalog.Search;

/// <summary>
/// Place names that must never be stemmed: the Indonesian stemmer strips "-kan"/"-an" and prefixes,
/// so "Tarakan" would become "tara", "Nunukan" "nunuk" and "Kalimantan" "kaliman", colliding with real words.
/// Multi-word names are protected word by word.
/// </summary>
public static class RegionalNames
{
    /// <summary>Lower-case words protected from stemming.</summary>
    public static IReadOnlyList<string> Words { get; } =
    [
        // Province, regencies and city of Kalimantan Utara.
        "tarakan", "kalimantan", "kaltara", "nunukan", "bulungan", "malinau", "tana", "tidung", "tanjung", "selor",
        // Kecamatan of Tarakan and direction words in their names.
        "barat", "tengah", "timur", "utara", "selatan",
        // Kelurahan of Tarakan.
        "juata", "laut", "kerikil", "permai", "karang", "anyar", "balik", "rejo", "harapan", "sebengkok", "selumit",
        "pantai", "pamusian", "lingkas", "ujung", "gunung", "mamburungan", "kampung", "amal", "skip",
        // Other districts and islands in the province.
        "sebatik", "krayan", "sesayap", "sembakung", "lumbis", "sebuku", "bunyu", "tanjungpalas", "mentarang", "kayan",
        "pujungan", "peso", "sekatak", "kalimantanutara",
        // Neighbouring provinces often mentioned in the same publications.
        "kaltim", "kalsel", "kalbar", "kalteng", "indonesia",
    ];
}
