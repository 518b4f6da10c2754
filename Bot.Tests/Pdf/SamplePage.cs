namespace Bot.Tests.Pdf;

/// <summary>One page of a generated source PDF: its media box, optional crop box, and /Rotate.</summary>
internal sealed record SamplePage(double Width, double Height, int Rotate, double OriginX = 0, double OriginY = 0, double CropInset = 0)
{
    public string Text(int pageNumber) => $"Publikasi BPS Kota Tarakan halaman {pageNumber} isi asli";
}
