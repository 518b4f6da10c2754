using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Host.Limits;

/// <summary>
/// Counts wrong staff API keys per client address. An address that used up its failures is
/// refused (429) before its key is even compared, right or wrong, until the window ends: a
/// guesser cannot keep trying.
/// </summary>
public sealed class FailedKeyLimiter(IOptions<AbuseLimitOptions> options) : IDisposable
{
    private static readonly TimeSpan s_window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.FailedStaffKeysPerMinute,
            Window = s_window,
            QueueLimit = 0,
        }));

    public TimeSpan Window => s_window;

    public bool IsBlocked(string address) => _failures.GetStatistics(address)?.CurrentAvailablePermits is 0;

    public void RecordFailure(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
    }

    public void Dispose() => _failures.Dispose();
}
