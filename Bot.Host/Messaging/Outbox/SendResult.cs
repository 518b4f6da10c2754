namespace Bot.Host.Messaging.Outbox;

/// <summary>What became of one delivery attempt.</summary>
public sealed record SendResult(SendStatus Status, string? ExternalId = null, string? Error = null, TimeSpan? RetryAfter = null)
{
    /// <summary><see cref="SendStatus.NotYet"/>: the earliest time the row's next call may start.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>
    /// <see cref="SendStatus.NotYet"/>: part of the row already reached the user and the channel
    /// remembers it only in memory, so the row stays counted among the sends under way until it
    /// is recorded (a crash would repeat that part).
    /// </summary>
    public bool PartlySent { get; init; }

    /// <summary><see cref="SendStatus.NotYet"/> because the channel answered "too many requests".</summary>
    public bool TooManyRequests { get; init; }

    public static SendResult Sent(string? externalId = null) => new(SendStatus.Sent, externalId);

    public static SendResult Retry(string error, TimeSpan? after = null) => new(SendStatus.Retry, Error: error, RetryAfter: after);

    public static SendResult Failed(string error) => new(SendStatus.Failed, Error: error);

    /// <summary>Keep it until the user writes again (WhatsApp's closed 24-hour window).</summary>
    public static SendResult Held(string reason) => new(SendStatus.Held, Error: reason);

    /// <summary>
    /// Not allowed yet by the channel's pace (a chat's spacing, a per-second cap): nothing more
    /// was sent; the conversation is set aside until <paramref name="at"/>. Not an attempt.
    /// </summary>
    public static SendResult NotYet(DateTimeOffset at, bool partlySent = false) =>
        new(SendStatus.NotYet) { NotBefore = at, PartlySent = partlySent };

    /// <summary>The channel said "too many requests, retry after …": set aside like <see cref="NotYet"/>, not an attempt.</summary>
    public static SendResult RateLimited(DateTimeOffset until, string error, bool partlySent = false) =>
        new(SendStatus.NotYet, Error: error) { NotBefore = until, PartlySent = partlySent, TooManyRequests = true };
}

public enum SendStatus
{
    Sent,
    Retry,
    Failed,
    Held,

    /// <summary>Set aside until <see cref="SendResult.NotBefore"/>; nothing recorded, the row stays pending.</summary>
    NotYet,
}
