namespace Bot.Catalog.Pdf;

/// <summary>
/// Who downloaded a publication, and when: the data printed on every page of a watermarked softcopy.
/// </summary>
/// <param name="UserName">Display name of the downloading user, printed in clear.</param>
/// <param name="MaskedEmail">The user's email already masked (see <see cref="EmailMask.Mask"/>); never pass a clear address.</param>
/// <param name="DownloadId">Identifier of this download, also written to the PDF metadata.</param>
/// <param name="Timestamp">Moment of the download; printed in WITA (UTC+8) whatever its offset.</param>
public sealed record WatermarkInfo(string UserName, string MaskedEmail, string DownloadId, DateTimeOffset Timestamp)
{
    /// <summary>The default office printed on the stamp and the footer.</summary>
    public const string DefaultOfficeName = "PST BPS Kota Tarakan";

    /// <summary>The office printed on the stamp and the footer.</summary>
    public string OfficeName { get; init; } = DefaultOfficeName;
}
