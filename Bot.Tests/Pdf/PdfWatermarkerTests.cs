using Bot.Catalog.Pdf;
using Bot.Dialogs.Model;
using UglyToad.PdfPig.Tokens;
using PigDocument = UglyToad.PdfPig.PdfDocument;
using SharpOpenMode = PdfSharp.Pdf.IO.PdfDocumentOpenMode;
using SharpReader = PdfSharp.Pdf.IO.PdfReader;

namespace Bot.Tests.Pdf;

public sealed class PdfWatermarkerTests
{
    private static readonly Lazy<byte[]> MixedSource = new(SamplePdfs.Mixed);
    private static readonly Lazy<byte[]> MixedStamped = new(() => Fixtures.Stamp(MixedSource.Value));

    [Fact]
    public void Every_page_carries_the_exact_footer_with_name_masked_email_wita_time_and_id()
    {
        // Arrange
        var stamped = MixedStamped.Value;

        // Act
        var texts = StampedPdf.PageTexts(stamped);

        // Assert
        Assert.Equal(SamplePdfs.MixedPages.Count, texts.Count);
        Assert.All(texts, text => Assert.Contains(Fixtures.ExpectedFooter, text));
    }

    [Fact]
    public void The_original_text_of_every_page_stays_extractable()
    {
        // Arrange
        var stamped = MixedStamped.Value;

        // Act
        var texts = StampedPdf.PageTexts(stamped);

        // Assert
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Contains(SamplePdfs.MixedPages[i].Text(i + 1), texts[i]);
        }
    }

    [Fact]
    public void The_diagonal_stamp_names_the_office_and_the_user_on_every_page()
    {
        // Arrange
        var stamped = MixedStamped.Value;

        // Act
        using var document = PigDocument.Open(stamped);
        var pages = document.GetPages().ToList();

        // Assert
        Assert.All(pages, page =>
        {
            var office = StampedPdf.FindLetters(page, "PST BPS Kota Tarakan");
            var user = StampedPdf.FindLetters(page, "Ani Saputri");
            Assert.NotNull(office);
            Assert.NotNull(user);
            // The stamp runs diagonally for the reader: neither horizontal nor vertical on the displayed page.
            var angle = DisplayedAngle(office[0].StartBaseLine, office[^1].EndBaseLine);
            Assert.InRange(angle, 20, 70);
        });
    }

    [Fact]
    public void The_footer_is_upright_for_the_reader_and_sits_inside_the_visible_bottom_edge_of_every_page()
    {
        // Arrange
        var stamped = MixedStamped.Value;

        // Act
        using var document = PigDocument.Open(stamped);
        var pages = document.GetPages().ToList();

        // Assert
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var spec = SamplePdfs.MixedPages[i];
            var letters = StampedPdf.FindLetters(page, Fixtures.ExpectedFooter);
            Assert.NotNull(letters);

            var start = letters[0].StartBaseLine;
            var end = letters[^1].EndBaseLine;
            Assert.InRange(DisplayedAngle(start, end), -1, 1);

            // The displayed visible box, from the spec rather than from the stamped file.
            var quarterTurn = spec.Rotate is 90 or 270;
            var displayedWidth = (quarterTurn ? spec.Height : spec.Width) - (2 * spec.CropInset);
            var displayedHeight = (quarterTurn ? spec.Width : spec.Height) - (2 * spec.CropInset);
            foreach (var letter in letters)
            {
                Assert.InRange(letter.StartBaseLine.X, 0, displayedWidth);
                Assert.InRange(letter.EndBaseLine.X, 0, displayedWidth);
                Assert.InRange(letter.StartBaseLine.Y, 0, displayedHeight);
            }

            // Just above the bottom edge the reader sees.
            Assert.InRange(start.Y, 1, 20);
        }
    }

    [Fact]
    public void The_download_id_is_recorded_in_the_document_information()
    {
        // Arrange
        var stamped = MixedStamped.Value;

        // Act
        using var document = PigDocument.Open(stamped);
        var info = document.Information;

        // Assert
        Assert.Contains("PstDownloadId:DL-TEST-0001", info.Keywords ?? string.Empty);
        Assert.NotNull(info.DocumentInformationDictionary);
        Assert.True(info.DocumentInformationDictionary.TryGet(NameToken.Create("PstDownloadId"), out var token));
        Assert.Equal("DL-TEST-0001", Assert.IsType<StringToken>(token).Data);
    }

    [Fact]
    public void The_stamp_is_translucent_through_an_ext_g_state_on_every_page()
    {
        // Arrange
        var stamped = MixedStamped.Value;

        // Act
        using var document = SharpReader.Open(new MemoryStream(stamped), SharpOpenMode.Import);

        // Assert
        Assert.All(document.Pages.Cast<PdfSharp.Pdf.PdfPage>(), page =>
        {
            var states = page.Resources.Elements.GetDictionary("/ExtGState");
            Assert.NotNull(states);
            var alphas = states.Elements.Values
                .Select(v => (v as PdfSharp.Pdf.Advanced.PdfReference)?.Value ?? v)
                .OfType<PdfSharp.Pdf.PdfDictionary>()
                .Where(d => d.Elements.ContainsKey("/ca"))
                .Select(d => d.Elements.GetReal("/ca"))
                .ToList();
            Assert.Contains(alphas, a => a is >= 0.12 and <= 0.18);
        });
    }

    [Fact]
    public void A_time_given_in_another_zone_is_printed_in_wita()
    {
        // Arrange: 23:30 WIB (UTC+7) is 00:30 WITA on the next day.
        var moment = new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.FromHours(7));
        var info = Fixtures.Info with { Timestamp = moment, PrintedAt = Formats.Moment(moment, Language.Id) };

        // Act
        var texts = StampedPdf.PageTexts(Fixtures.Stamp(SamplePdfs.Build([new(595, 842, 0)]), info));

        // Assert
        Assert.Contains("· Kamis, 1 Januari 2026 pukul 00.30 WITA ·", Assert.Single(texts));
    }

    [Fact]
    public void A_long_name_shrinks_the_footer_to_fit_a_small_page()
    {
        // Arrange
        var spec = new SamplePage(300, 200, 0);
        var info = Fixtures.Info with { UserName = "Raden Ayu Siti Nurhaliza Kusumawardhani Puspitasari Wulandari Ningrum" };
        var stamped = Fixtures.Stamp(SamplePdfs.Build([spec]), info);

        // Act
        using var document = PigDocument.Open(stamped);
        var page = document.GetPage(1);
        var letters = StampedPdf.FindLetters(page, $"Diunduh oleh {info.UserName} (");

        // Assert
        Assert.NotNull(letters);
        var footer = StampedPdf.FindLetters(page, "ID DL-TEST-0001");
        Assert.NotNull(footer);
        Assert.True(letters[0].StartBaseLine.X >= 0);
        Assert.True(footer[^1].EndBaseLine.X <= spec.Width);
    }

    [Fact]
    public void A_non_seekable_source_is_stamped_like_a_seekable_one()
    {
        // Arrange
        var source = SamplePdfs.Build([new(595, 842, 90)]);
        using var input = new NonSeekableStream(source);
        using var output = new MemoryStream();

        // Act
        var result = new PdfWatermarker().Stamp(input, output, Fixtures.Info);

        // Assert
        Assert.Equal(1, result.PageCount);
        Assert.Equal(output.Length, result.OutputBytes);
        Assert.Contains(Fixtures.ExpectedFooter, Assert.Single(StampedPdf.PageTexts(output.ToArray())));
    }

    [Fact]
    public void The_file_helper_replaces_an_existing_destination_and_leaves_no_temporary_file()
    {
        // Arrange
        using var dir = new TempDirectory();
        var source = dir.File("in.pdf");
        var destination = dir.File("out.pdf");
        File.WriteAllBytes(source, SamplePdfs.Build([new(595, 842, 0), new(612, 792, 270)]));
        File.WriteAllText(destination, "old content");

        // Act
        var result = new PdfWatermarker().StampFile(source, destination, Fixtures.Info);

        // Assert
        Assert.Equal(2, result.PageCount);
        Assert.Equal(new FileInfo(destination).Length, result.OutputBytes);
        Assert.All(StampedPdf.PageTexts(File.ReadAllBytes(destination)), t => Assert.Contains(Fixtures.ExpectedFooter, t));
        Assert.Equal(["in.pdf", "out.pdf"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order());
    }

    // PdfPig 0.1.16 reports letters in displayed coordinates: /Rotate applied, origin at the bottom-left
    // corner of the displayed crop box, y up. So the angle below is the one the reader sees.
    private static double DisplayedAngle(UglyToad.PdfPig.Core.PdfPoint start, UglyToad.PdfPig.Core.PdfPoint end) =>
        Math.Atan2(end.Y - start.Y, end.X - start.X) * 180 / Math.PI;
}
