using Bot.Host.Cli;

namespace Bot.Tests.Pdf;

public sealed class StampCommandTests
{
    [Fact]
    public async Task Stamping_a_valid_pdf_exits_zero_with_a_one_line_summary_and_a_masked_footer()
    {
        // Arrange
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("in.pdf"), SamplePdfs.Build([new(595, 842, 0), new(420, 595, 90)]));
        var (output, error) = (new StringWriter(), new StringWriter());

        // Act
        var exit = await StampCommand.RunAsync(
            [dir.File("in.pdf"), dir.File("out.pdf"), "--name", "Ani Saputri", "--email", "ani.saputri@gmail.com", "--id", "DL-CLI-7"],
            output, error, CancellationToken.None);

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.ToString());
        var summary = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2 page(s)", summary);
        Assert.Contains("DL-CLI-7", summary);
        Assert.DoesNotContain("ani.saputri", summary);
        Assert.All(StampedPdf.PageTexts(File.ReadAllBytes(dir.File("out.pdf"))), text =>
        {
            Assert.Contains("Diunduh oleh Ani Saputri (a***i@gmail.com) · ", text);
            Assert.Contains(" WITA · PST BPS Kota Tarakan · ID DL-CLI-7", text);
        });
    }

    [Fact]
    public async Task Without_an_id_the_command_generates_one_and_prints_it()
    {
        // Arrange
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("in.pdf"), SamplePdfs.Build([new(595, 842, 0)]));
        var (output, error) = (new StringWriter(), new StringWriter());

        // Act
        var exit = await StampCommand.RunAsync(
            [dir.File("in.pdf"), dir.File("out.pdf"), "--name", "Budi", "--email", "b@bps.go.id"], output, error, CancellationToken.None);

        // Assert
        Assert.Equal(0, exit);
        var id = output.ToString().Trim().Split("ID ")[^1];
        Assert.Matches("^DL-[0-9]{8}-[0-9A-F]{8}$", id);
        var text = Assert.Single(StampedPdf.PageTexts(File.ReadAllBytes(dir.File("out.pdf"))));
        Assert.Contains("(b***@bps.go.id) · ", text);
        Assert.Contains($" · ID {id}", text);
    }

    [Theory]
    [InlineData("only-one-path.pdf", "--name", "A", "--email", "a@b.c")]
    [InlineData("in.pdf", "out.pdf", "--email", "a@b.c")]
    [InlineData("in.pdf", "out.pdf", "--name", "A")]
    [InlineData("in.pdf", "out.pdf", "--name", "A", "--email", "not-an-email")]
    [InlineData("in.pdf", "out.pdf", "--name", "A", "--email", "a@b.c", "--colour", "red")]
    [InlineData("in.pdf", "out.pdf", "--name", "A", "--email")]
    public async Task Bad_usage_exits_two_with_the_problem_and_the_usage_on_stderr(params string[] args)
    {
        // Arrange
        var (output, error) = (new StringWriter(), new StringWriter());

        // Act
        var exit = await StampCommand.RunAsync(args, output, error, CancellationToken.None);

        // Assert
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output.ToString());
        Assert.StartsWith("catalog stamp: ", error.ToString());
        Assert.Contains("usage: catalog stamp <in.pdf> <out.pdf>", error.ToString());
    }

    [Theory]
    [InlineData("user-password", "encrypted PDF")]
    [InlineData("truncated", "damaged PDF")]
    [InlineData("html", "not a PDF")]
    public async Task An_unusable_pdf_exits_one_with_a_clear_message_and_no_output_file(string kind, string expectedMessage)
    {
        // Arrange
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("in.pdf"), PdfWatermarkerErrorTests.Source(kind));
        var (output, error) = (new StringWriter(), new StringWriter());

        // Act
        var exit = await StampCommand.RunAsync(
            [dir.File("in.pdf"), dir.File("out.pdf"), "--name", "Ani", "--email", "ani@gmail.com"], output, error, CancellationToken.None);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output.ToString());
        Assert.StartsWith($"catalog stamp: {expectedMessage}: ", error.ToString());
        Assert.False(File.Exists(dir.File("out.pdf")));
    }

    [Fact]
    public async Task A_missing_input_file_exits_one_and_names_the_file()
    {
        // Arrange
        using var dir = new TempDirectory();
        var (output, error) = (new StringWriter(), new StringWriter());

        // Act
        var exit = await StampCommand.RunAsync(
            [dir.File("hilang.pdf"), dir.File("out.pdf"), "--name", "Ani", "--email", "ani@gmail.com"], output, error, CancellationToken.None);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("missing source", error.ToString());
        Assert.Contains("hilang.pdf", error.ToString());
    }
}
