using System.Globalization;

namespace Bot.Catalog.Pdf;

/// <summary>The strings drawn on each page; kept in one place so the footer format stays exact.</summary>
internal static class WatermarkText
{
    public static string Footer(WatermarkInfo info)
    {
        var wita = WitaClock.ToWita(info.Timestamp).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"Diunduh oleh {info.UserName} ({info.MaskedEmail}) · {wita} WITA · {info.OfficeName} · ID {info.DownloadId}";
    }
}
