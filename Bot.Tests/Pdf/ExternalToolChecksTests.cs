using Xunit.Abstractions;

namespace Bot.Tests.Pdf;

/// <summary>
/// Cross-checks the stamped output with qpdf and poppler's pdftotext. When a tool is absent the check
/// is reported as skipped in the test output (xunit 2 has no dynamic skip); CI installs both tools.
/// </summary>
public sealed class ExternalToolChecksTests(ITestOutputHelper log)
{
    private static readonly ExternalTool Qpdf = new("/usr/bin/qpdf");
    private static readonly ExternalTool PdfToText = new("/usr/bin/pdftotext");

    [Fact]
    public void Qpdf_finds_no_structural_problem_in_the_stamped_output()
    {
        if (!Qpdf.IsInstalled)
        {
            log.WriteLine(Qpdf.SkipNote);
            return;
        }

        // Arrange
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("out.pdf"), Fixtures.Stamp(SamplePdfs.Mixed()));

        // Act
        var (exit, stdout, stderr) = Qpdf.Run("--check", dir.File("out.pdf"));

        // Assert
        Assert.True(exit == 0, $"qpdf --check exited {exit}: {stdout} {stderr}");
        Assert.Contains("No syntax or stream encoding errors found", stdout);
    }

    [Fact]
    public void Pdftotext_reads_the_footer_on_every_page_one_page_at_a_time()
    {
        if (!PdfToText.IsInstalled)
        {
            log.WriteLine(PdfToText.SkipNote);
            return;
        }

        // Arrange
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("out.pdf"), Fixtures.Stamp(SamplePdfs.Mixed()));

        for (var page = 1; page <= SamplePdfs.MixedPages.Count; page++)
        {
            // Act
            var (exit, text, stderr) = PdfToText.Run("-f", $"{page}", "-l", $"{page}", "-enc", "UTF-8", dir.File("out.pdf"), "-");

            // Assert
            Assert.True(exit == 0, $"pdftotext exited {exit} on page {page}: {stderr}");
            Assert.True(text.Contains(Fixtures.ExpectedFooter, StringComparison.Ordinal), $"page {page} text was:\n{text}");
        }
    }
}
