using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Limits;

/// <summary>`RateLimits` section: requests per client address per minute, by kind.</summary>
public sealed class AbuseLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000, ErrorMessage = "RateLimits:SessionsPerMinute must be between 1 and 100000.")]
    public int SessionsPerMinute { get; set; } = 10;

    [Range(1, 100_000, ErrorMessage = "RateLimits:WebChatPerMinute must be between 1 and 100000.")]
    public int WebChatPerMinute { get; set; } = 120;

    [Range(1, 100_000, ErrorMessage = "RateLimits:LinksPerMinute must be between 1 and 100000.")]
    public int LinksPerMinute { get; set; } = 30;

    [Range(1, 100_000, ErrorMessage = "RateLimits:SearchPerMinute must be between 1 and 100000.")]
    public int SearchPerMinute { get; set; } = 60;

    [Range(1, 100_000, ErrorMessage = "RateLimits:FailedStaffKeysPerMinute must be between 1 and 100000.")]
    public int FailedStaffKeysPerMinute { get; set; } = 5;
}
