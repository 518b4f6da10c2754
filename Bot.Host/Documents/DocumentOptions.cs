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

    /// <summary>How many times one read or download link may be opened; beyond it the link is gone (410).</summary>
    [Range(1, 1000, ErrorMessage = "Documents:MaxOpensPerLink must be between 1 and 1000.")]
    public int MaxOpensPerLink { get; set; } = 20;

    /// <summary>PDFs stamped at the same time at most (stamping is CPU-bound); more wait their turn.</summary>
    [Range(1, 64, ErrorMessage = "Documents:MaxConcurrentStamps must be between 1 and 64.")]
    public int MaxConcurrentStamps { get; set; } = 2;

    /// <summary>How long a delivery's stamped copy is kept in memory for the next open of the same link.</summary>
    [Range(0, 3600, ErrorMessage = "Documents:StampCacheSeconds must be between 0 (no cache) and 3600.")]
    public int StampCacheSeconds { get; set; } = 120;

    /// <summary>Memory the stamped copies may take in all; the oldest make room, and a larger copy is not kept.</summary>
    [Range(1, 4096, ErrorMessage = "Documents:StampCacheMegabytes must be between 1 and 4096.")]
    public int StampCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// The address users reach this host at, for links in chat texts (read links). Default:
    /// http://localhost:5080, right for the web chat on a developer's machine only.
    /// </summary>
    [Url(ErrorMessage = "Documents:PublicBaseUrl must be an absolute http(s) URL, e.g. https://pstbot.example.go.id.")]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
