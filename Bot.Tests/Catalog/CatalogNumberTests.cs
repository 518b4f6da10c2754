using Bot.Catalog.Publications;

namespace Bot.Tests.Catalog;

public sealed class CatalogNumberTests
{
    [Theory]
    [InlineData("1102001.6571")]      // city (Kota Tarakan)
    [InlineData("1102001.6571010")]   // district (Tarakan Barat)
    [InlineData("1102001.65")]        // province (Kalimantan Utara)
    [InlineData("1101001")]           // national series
    [InlineData("3101015.6500")]
    public void Every_form_BPS_publishes_is_accepted(string number) =>
        Assert.True(ManifestReader.IsValidCatalogNumber(number));

    [Theory]
    [InlineData("1102001-6571")]
    [InlineData("1102001.657")]
    [InlineData("1102001.65710")]
    [InlineData("110200.6571")]
    [InlineData("1102001.6571010.1")]
    [InlineData("katalog")]
    [InlineData("")]
    public void Other_shapes_are_refused(string number) =>
        Assert.False(ManifestReader.IsValidCatalogNumber(number));
}
