using Bot.Catalog.Pdf;
using Bot.Dialogs.Model;

namespace Bot.Tests.Pdf;

/// <summary>Shared test values; the expected footer is spelled out literally so a format change fails the tests.</summary>
internal static class Fixtures
{
    private static readonly DateTimeOffset s_downloaded = new(2025, 3, 14, 1, 5, 0, TimeSpan.Zero);

    // 01:05 UTC is 09:05 WITA.
    public static readonly WatermarkInfo Info = new("Ani Saputri", "a***i@gmail.com", "DL-TEST-0001", s_downloaded) { PrintedAt = Formats.Moment(s_downloaded, Language.Id) };

    public const string ExpectedFooter = "Diunduh oleh Ani Saputri (a***i@gmail.com) · Jumat, 14 Maret 2025 pukul 09.05 WITA · PST BPS Kota Tarakan · ID DL-TEST-0001";

    public static byte[] Stamp(byte[] source, WatermarkInfo? info = null)
    {
        using var input = new MemoryStream(source);
        using var output = new MemoryStream();
        new PdfWatermarker().Stamp(input, output, info ?? Info);
        return output.ToArray();
    }
}
