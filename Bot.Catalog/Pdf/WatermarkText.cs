namespace Bot.Catalog.Pdf;

/// <summary>The strings drawn on each page; kept in one place so the footer format stays exact.</summary>
internal static class WatermarkText
{
    public static string Footer(WatermarkInfo info)
    {
        return $"Diunduh oleh {info.UserName} ({info.MaskedEmail}) · {info.PrintedAt} · {info.OfficeName} · ID {info.DownloadId}";
    }
}
