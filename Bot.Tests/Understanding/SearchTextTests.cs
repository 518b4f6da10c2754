using Bot.Dialogs.Understanding;

namespace Bot.Tests.Understanding;

public sealed class SearchTextTests
{
    // 2026-03-02 09:00 WITA.
    private static readonly DateTimeOffset s_now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("ada publikasi tentang kemiskinan", "kemiskinan")]
    [InlineData("saya butuh data penduduk tarakan 2023", "penduduk tarakan 2023")]
    [InlineData("is there a publication on poverty", "kemiskinan")]
    [InlineData("Unemployment data 2022", "pengangguran data 2022")]
    [InlineData("population of tarakan", "penduduk of tarakan")]
    [InlineData("inflasi 2024", "inflasi 2024")]
    [InlineData("cari data", "data")]
    [InlineData("tolong", "tolong")]
    [InlineData("inflasi budi@example.com", "inflasi")]
    public void ASentenceBecomesItsTopic(string text, string query) => Assert.Equal(query, SearchText.ToQuery(text));

    [Fact]
    public void EntitiesAreYearMonthAndTopicWords()
    {
        var entities = SearchText.Entities("data inflasi maret tahun lalu", s_now);

        Assert.Equal(2025, entities.Year);
        Assert.Equal(3, entities.Month);
        Assert.Equal(["inflasi"], entities.Topic);
    }

    [Theory]
    [InlineData("yang 2023", "inflasi tarakan", "inflasi tarakan 2023")]
    [InlineData("tahun lalu", "inflasi 2023", "inflasi 2025")]
    [InlineData("2022 saja", "ipm", "ipm 2022")]
    [InlineData("tahun ini", "penduduk 2020", "penduduk 2026")]
    public void AYearRefinesTheLastSearch(string text, string last, string refined) =>
        Assert.Equal(refined, SearchText.Refine(text, last, s_now));

    [Theory]
    [InlineData("kemiskinan 2023")]
    [InlineData("jam berapa buka")]
    [InlineData("lagi")]
    public void OtherTextsAreNotRefinements(string text) => Assert.Null(SearchText.Refine(text, "inflasi", s_now));

    [Theory]
    [InlineData("NIK saya 6571014508950001 mau daftar", "nik saya # mau daftar")]
    [InlineData("hubungi 0812-3456-7890 ya", "hubungi # ya")]
    [InlineData("email siti@example.com", "email")]
    [InlineData("inflasi 2023", "inflasi 2023")]
    public void UnansweredTextsLoseNumbersAndEmails(string text, string kept) => Assert.Equal(kept, UnansweredText.Scrub(text));

    [Theory]
    [InlineData("info.cost berapa biayanya", "line 1")]
    [InlineData("# ok\n\tno intent", "line 2")]
    public void AMalformedTrainingLineIsNamed(string file, string where)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrainingFile.Parse(file + "\nthanks\tmakasih\ngreeting\thalo", "test.tsv"));

        Assert.Contains(where, error.Message);
    }

    [Fact]
    public void AnUnknownRouteActionIsNamed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IntentRoutes.Parse("queue\tdialogue\tqueue\tAntrean\tQueue", "intents.tsv"));

        Assert.Contains("line 1", error.Message);
        Assert.Contains("dialogue", error.Message);
    }
}
