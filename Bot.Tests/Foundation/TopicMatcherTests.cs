using Bot.Dialogs.Content;
using Bot.Dialogs.Routing;

namespace Bot.Tests.Foundation;

public sealed class TopicMatcherTests
{
    private readonly TopicMatcher _matcher = new(ServiceContent.LoadDefault());

    private TopicMatch? Match(string text) => _matcher.Match(TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("syarat", "info", "requirements")]
    [InlineData("Syarat?", "info", "requirements")]
    [InlineData("persyaratan", "info", "requirements")]
    [InlineData("persyartan", "info", "requirements")]
    [InlineData("biaya", "info", "cost")]
    [InlineData("biyaa", "info", "cost")]
    [InlineData("tarif", "info", "cost")]
    [InlineData("gratiskah", "info", "cost")]
    [InlineData("jam buka", "info", "hours")]
    [InlineData("jam buka berapa", "info", "hours")]
    [InlineData("alamat", "info", "address")]
    [InlineData("alamat kantor", "info", "address")]
    [InlineData("opening hours", "info", "hours")]
    [InlineData("daftar", "register", null)]
    [InlineData("dafter", "register", null)]
    [InlineData("registrasi", "register", null)]
    [InlineData("keluhan", "complaint", null)]
    [InlineData("pengaduan", "complaint", null)]
    [InlineData("pengadua", "complaint", null)]
    [InlineData("hubungi petugas", "staff", null)]
    [InlineData("nilai", "rating", null)]
    [InlineData("data saya", "account", "show")]
    [InlineData("hapus data saya", "account", "delete")]
    [InlineData("ubah data", "account", "edit")]
    public void CommonWordsTheirVariantsAndTyposFindTheirTopic(string text, string dialog, string? argument)
    {
        var match = Match(text);

        Assert.NotNull(match);
        Assert.Equal(dialog, match.Dialog);
        Assert.Equal(argument, match.Argument);
    }

    [Theory]
    [InlineData("inflasi tarakan 2024")]
    [InlineData("nilai tukar petani")]
    [InlineData("daftar publikasi kemiskinan terbaru")]
    [InlineData("PDRB")]
    [InlineData("kota tarakan dalam angka")]
    public void PublicationQueriesAreLeftForTheSearch(string text) => Assert.Null(Match(text));

    [Theory]
    [InlineData("/start", GlobalWord.Menu)]
    [InlineData("/start@PstTarakanBot", GlobalWord.Menu)]
    [InlineData("Menu", GlobalWord.Menu)]
    [InlineData("BATAL", GlobalWord.Cancel)]
    [InlineData("bantuan", GlobalWord.Help)]
    [InlineData("bahasa", GlobalWord.Language)]
    [InlineData("menu inflasi", GlobalWord.None)]
    public void GlobalWordsMatchOnlyTheWholeMessage(string text, GlobalWord expected) =>
        Assert.Equal(expected, GlobalWords.Match(TextNormalizer.Normalize(text)));

    [Theory]
    [InlineData("abc\ud83d")]
    [InlineData("\ude00 inflasi")]
    [InlineData("\ud83d\ude00 halo")]
    public void TextWithBrokenOrWholeEmojiIsNormalisedWithoutThrowing(string text)
    {
        var normalized = TextNormalizer.Normalize(text);

        Assert.DoesNotContain('\ud83d', normalized.Replace("\ud83d\ude00", "", StringComparison.Ordinal));
    }
}
