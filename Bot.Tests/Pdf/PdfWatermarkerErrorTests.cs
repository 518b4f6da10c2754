using Bot.Catalog.Pdf;

namespace Bot.Tests.Pdf;

public sealed class PdfWatermarkerErrorTests
{
    private static readonly byte[] Sentinel = "previous download, must survive"u8.ToArray();

    public static TheoryData<string, PdfStampFailureReason> BadSources => new()
    {
        { "user-password", PdfStampFailureReason.Encrypted },
        { "owner-password-only", PdfStampFailureReason.Encrypted },
        { "truncated", PdfStampFailureReason.Damaged },
        { "random-bytes", PdfStampFailureReason.NotPdf },
        { "html", PdfStampFailureReason.NotPdf },
        { "empty", PdfStampFailureReason.NotPdf },
    };

    [Theory]
    [MemberData(nameof(BadSources))]
    public void A_bad_source_stream_fails_with_its_reason_and_leaves_the_destination_untouched(string kind, PdfStampFailureReason expected)
    {
        // Arrange
        using var input = new MemoryStream(Source(kind));
        using var output = new MemoryStream();
        output.Write(Sentinel);

        // Act
        var ex = Assert.Throws<PdfStampException>(() => new PdfWatermarker().Stamp(input, output, Fixtures.Info));

        // Assert
        Assert.Equal(expected, ex.Reason);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        Assert.Equal(Sentinel, output.ToArray());
    }

    [Theory]
    [MemberData(nameof(BadSources))]
    public void A_bad_source_file_fails_with_its_reason_and_leaves_the_destination_file_and_directory_untouched(string kind, PdfStampFailureReason expected)
    {
        // Arrange
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("in.pdf"), Source(kind));
        File.WriteAllBytes(dir.File("out.pdf"), Sentinel);

        // Act
        var ex = Assert.Throws<PdfStampException>(() => new PdfWatermarker().StampFile(dir.File("in.pdf"), dir.File("out.pdf"), Fixtures.Info));

        // Assert
        Assert.Equal(expected, ex.Reason);
        Assert.Equal(Sentinel, File.ReadAllBytes(dir.File("out.pdf")));
        Assert.Equal(["in.pdf", "out.pdf"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_missing_source_file_fails_as_missing_and_creates_no_destination()
    {
        // Arrange
        using var dir = new TempDirectory();

        // Act
        var ex = Assert.Throws<PdfStampException>(() => new PdfWatermarker().StampFile(dir.File("nope.pdf"), dir.File("out.pdf"), Fixtures.Info));

        // Assert
        Assert.Equal(PdfStampFailureReason.Missing, ex.Reason);
        Assert.Contains("nope.pdf", ex.Message);
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_cancelled_stamp_writes_nothing()
    {
        // Arrange
        using var input = new MemoryStream(SamplePdfs.Build([new(595, 842, 0)]));
        using var output = new MemoryStream();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        // Act
        Assert.ThrowsAny<OperationCanceledException>(() => new PdfWatermarker().Stamp(input, output, Fixtures.Info, cts.Token));

        // Assert
        Assert.Equal(0, output.Length);
    }

    internal static byte[] Source(string kind) => kind switch
    {
        "user-password" => SamplePdfs.Encrypted("rahasia", "pemilik"),
        "owner-password-only" => SamplePdfs.Encrypted(null, "pemilik"),
        "truncated" => SamplePdfs.Truncated(),
        "random-bytes" => SamplePdfs.RandomBytes(),
        "html" => SamplePdfs.Html(),
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
