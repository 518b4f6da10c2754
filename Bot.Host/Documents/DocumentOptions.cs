using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Documents;

/// <summary>`Documents` section.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>Reads and downloads one user may have per day (WITA).</summary>
    [Range(1, 1000, ErrorMessage = "Documents:DailyQuota must be between 1 and 1000.")]
    public int DailyQuota { get; set; } = 20;

    /// <summary>How long a read or download link works.</summary>
    [Range(1, 24 * 60, ErrorMessage = "Documents:LinkMinutes must be between 1 and 1440.")]
    public int LinkMinutes { get; set; } = 60;

    /// <summary>
    /// The address users reach this host at, for links in chat texts (read links). Default:
    /// http://localhost:5080, right for the web chat on a developer's machine only.
    /// </summary>
    [Url(ErrorMessage = "Documents:PublicBaseUrl must be an absolute http(s) URL, e.g. https://pstbot.example.go.id.")]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
