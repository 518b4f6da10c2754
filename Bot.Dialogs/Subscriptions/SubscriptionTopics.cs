using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;

namespace Bot.Dialogs.Subscriptions;

/// <summary>The topics of new-release notices, and which topics a released item belongs to.</summary>
public static class SubscriptionTopics
{
    public static IReadOnlyList<SubscriptionTopic> All { get; } =
    [
        new("inflasi", new("Inflasi & harga", "Inflation & prices"), ["inflasi", "ihk", "harga", "inflation", "prices"], ["inflasi", "indeks harga konsumen", "ihk", "harga"]),
        new("kemiskinan", new("Kemiskinan", "Poverty"), ["kemiskinan", "miskin", "poverty"], ["kemiskinan", "miskin", "ketimpangan"]),
        new("penduduk", new("Penduduk", "Population"), ["penduduk", "kependudukan", "population", "sensus"], ["penduduk", "kependudukan", "sensus"]),
        new("tenagakerja", new("Ketenagakerjaan", "Labour"), ["ketenagakerjaan", "tenagakerja", "kerja", "pengangguran", "labour", "labor", "employment"], ["tenaga kerja", "ketenagakerjaan", "angkatan kerja", "pengangguran"]),
        new("ekonomi", new("Ekonomi & PDRB", "Economy & GRDP"), ["ekonomi", "pdrb", "economy", "grdp"], ["ekonomi", "produk domestik regional bruto", "pdrb", "perekonomian"]),
        new("ipm", new("Pembangunan manusia (IPM)", "Human development (HDI)"), ["ipm", "hdi", "pembangunan"], ["pembangunan manusia", "ipm"]),
        new("pariwisata", new("Pariwisata & transportasi", "Tourism & transport"), ["pariwisata", "wisata", "hotel", "transportasi", "tourism"], ["pariwisata", "hotel", "transportasi", "wisata"]),
    ];

    /// <summary>Words meaning "every topic".</summary>
    public static IReadOnlySet<string> EveryWords { get; } = new HashSet<string>(StringComparer.Ordinal) { "semua", "semuanya", "all", "everything" };

    public static SubscriptionTopic? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    /// <summary>Topics named in <paramref name="words"/>; <paramref name="unknown"/> gets the words that name none.</summary>
    public static IReadOnlyList<string> Parse(IEnumerable<string> words, out IReadOnlyList<string> unknown)
    {
        var topics = new List<string>();
        var notFound = new List<string>();
        foreach (var word in words)
        {
            var topic = All.FirstOrDefault(t => t.Names.Contains(word));
            if (topic is null)
            {
                notFound.Add(word);
            }
            else if (!topics.Contains(topic.Key))
            {
                topics.Add(topic.Key);
            }
        }

        unknown = notFound;
        return topics;
    }

    /// <summary>True when an item with this title and these subjects belongs to one of <paramref name="topics"/> (empty: all).</summary>
    public static bool Matches(IReadOnlyList<string> topics, string title, IEnumerable<string> subjects)
    {
        if (topics.Count == 0)
        {
            return true;
        }

        var text = " " + TextNormalizer.Normalize(title + " " + string.Join(" ", subjects)) + " ";
        return topics.Select(Find).OfType<SubscriptionTopic>()
            .Any(t => t.Matches.Any(phrase => text.Contains(" " + phrase + " ", StringComparison.Ordinal) || text.Contains(" " + phrase, StringComparison.Ordinal)));
    }

    /// <summary>"Inflasi &amp; harga, Kemiskinan", or "semua rilis" for everything.</summary>
    public static string Describe(IReadOnlyList<string> topics, Language language) =>
        topics.Count == 0
            ? SubscriptionTexts.EveryTopic.In(language)
            : string.Join(", ", topics.Select(Find).OfType<SubscriptionTopic>().Select(t => t.Label.In(language)));
}
