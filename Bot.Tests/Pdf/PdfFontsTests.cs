using Bot.Catalog.Pdf;
using PdfSharp.Fonts;

namespace Bot.Tests.Pdf;

public sealed class PdfFontsTests
{
    [Fact]
    public void Registering_from_many_threads_at_once_installs_one_embedded_font_resolver()
    {
        // Act
        Parallel.For(0, 32, _ => PdfFonts.EnsureRegistered());
        PdfFonts.EnsureRegistered();

        // Assert
        var resolver = GlobalFontSettings.FontResolver;
        Assert.NotNull(resolver);
        Assert.Equal("DejaVuFontResolver", resolver.GetType().Name);
    }

    [Fact]
    public void The_resolver_serves_the_embedded_dejavu_faces_for_any_family()
    {
        // Arrange
        PdfFonts.EnsureRegistered();
        var resolver = GlobalFontSettings.FontResolver!;

        // Act
        var regular = resolver.ResolveTypeface("Arial", false, false)!;
        var bold = resolver.ResolveTypeface(PdfFonts.FamilyName, true, false)!;

        // Assert: a TrueType file starts with the 0x00010000 sfnt version.
        Assert.Equal([0, 1, 0, 0], resolver.GetFont(regular.FaceName)![..4]);
        Assert.Equal([0, 1, 0, 0], resolver.GetFont(bold.FaceName)![..4]);
        Assert.NotEqual(regular.FaceName, bold.FaceName);
        Assert.Null(resolver.GetFont("Times New Roman"));
    }
}
