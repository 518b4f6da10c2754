namespace Bot.Catalog.Pdf;

/// <summary>
/// Who downloaded a publication, and when: the data printed on every page of a watermarked softcopy.
/// </summary>
/// <param name="UserName">Display name of the downloading user, printed in clear.</param>
/// <param name="MaskedEmail">The user's email already masked (see <see cref="EmailMask.Mask"/>); never pass a clear address.</param>
/// <param name="DownloadId">Identifier of this download, also written to the PDF metadata.</param>
/// <param name="Timestamp">Moment of the download, written to the PDF metadata.</param>
public sealed record WatermarkInfo(string UserName, string MaskedEmail, string DownloadId, DateTimeOffset Timestamp)
{
    /// <summary>
    /// The moment as the footer prints it, e.g. "Senin, 7 Desember 2026 pukul 09.05 WITA". The
    /// caller formats it (the host's one place for formats, Bot.Dialogs' Formats.Moment), so
    /// the footer reads like every other date the user sees.
    /// </summary>
    public required string PrintedAt { get; init; }

    /// <summary>The default office printed on the stamp and the footer.</summary>
    public const string DefaultOfficeName = "PST BPS Kota Tarakan";

    /// <summary>The office printed on the stamp and the footer.</summary>
    public string OfficeName { get; init; } = DefaultOfficeName;
}
