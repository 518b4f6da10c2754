using System.Text;

namespace Bot.Tests.Catalog;

public sealed class HostileInputTests
{
    private static readonly string[] Nasty =
    [
        "(*\"~:[", "\"", "*", "?", "~", ":", "[", "]", "{", "}", "\\", "/", "AND", "OR NOT", "title:(", "a~0.5", "^2", "+-!&&||",
        "\u0000", "\uD83D\uDE00 inflasi \uD83D\uDCC8", "\uD83D", "\uDE00", "<script>alert(1)</script>", "'; DROP TABLE x; --",
        "1102001.6571", "0000", "9999", "2023 2024 2025 2026 2027", "terbaru terbaru terbaru", "dan yang di", "   ", "",
        new string('a', 10_000), new string('*', 5_000), string.Concat(Enumerable.Repeat("kemiskinan ", 1_000)),
        string.Concat(Enumerable.Repeat("\uD83D\uDE00", 3_000)), "ş ğ ı İ ß ﬁ", "العربية", "中文 统计",
    ];

    [Fact]
    public void No_input_makes_search_throw_or_return_an_invalid_page()
    {
        // Arrange
        using var index = TestPublications.Index(
            TestPublications.Doc("a", "Profil Kemiskinan Kota Tarakan", 2024, "Penduduk miskin."),
            TestPublications.Doc("b", "Indeks Harga Konsumen", 2023, "Inflasi bulanan."));
        var random = new Random(20240601);
        var inputs = Nasty.Concat(Enumerable.Range(0, 400).Select(_ => RandomText(random))).ToList();

        // Act & Assert
        foreach (var input in inputs)
        {
            var result = index.Search(input, page: random.Next(-5, 5), pageSize: random.Next(-5, 500));
            Assert.True(result.Total >= 0);
            Assert.InRange(result.Hits.Count, 0, 100);
            Assert.All(result.Hits, h => Assert.NotNull(h.Snippet));
        }
    }

    [Fact]
    public void Very_long_input_is_capped_to_a_few_words_and_still_answered()
    {
        // Arrange
        using var index = TestPublications.Index(TestPublications.Doc("a", "Profil Kemiskinan", 2024));
        var input = string.Concat(Enumerable.Repeat("kemiskinan penduduk inflasi ekonomi ", 2_000));
        index.Search("kemiskinan"); // warm-up, so the time bound below measures the query and not JIT

        // Act
        var parsed = index.QueryBuilder.Build(input);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = index.Search(input);
        watch.Stop();

        // Assert: the cap is what prevents runaway work; the time bound is loose because CI machines are shared.
        Assert.InRange(parsed.Tokens.Count, 1, Bot.Catalog.Search.CatalogQueryBuilder.MaxTokens);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal("a", result.Hits[0].Entry.Id);
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 ()[]{}*?~:\"'\\/^+-!&|.,;<>=@#%$ \t\n\u00e9\u00fc";
        var length = random.Next(0, random.Next(2) == 0 ? 40 : 6_000);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var roll = random.Next(100);
            builder.Append(roll switch
            {
                < 3 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                < 5 => ((char)random.Next(0xD800, 0xDFFF)).ToString(), // lone surrogates
                < 7 => ((char)random.Next(0, 0x20)).ToString(),
                _ => alphabet[random.Next(alphabet.Length)].ToString(),
            });
        }

        return builder.ToString();
    }
}
