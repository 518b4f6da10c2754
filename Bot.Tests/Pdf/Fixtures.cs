using Bot.Catalog.Pdf;

namespace Bot.Tests.Pdf;

/// <summary>Shared test values; the expected footer is spelled out literally so a format change fails the tests.</summary>
internal static class Fixtures
{
    // 01:05 UTC is 09:05 WITA.
    public static readonly WatermarkInfo Info = new("Ani Saputri", "a***i@gmail.com", "DL-TEST-0001", new DateTimeOffset(2025, 3, 14, 1, 5, 0, TimeSpan.Zero));

    public const string ExpectedFooter = "Diunduh oleh Ani Saputri (a***i@gmail.com) · 2025-03-14 09:05 WITA · PST BPS Kota Tarakan · ID DL-TEST-0001";

    public static byte[] Stamp(byte[] source, WatermarkInfo? info = null)
    {
        using var input = new MemoryStream(source);
        using var output = new MemoryStream();
        new PdfWatermarker().Stamp(input, output, info ?? Info);
        return output.ToArray();
    }
}
