namespace Bot.Host.Messaging;

/// <summary>What became of one delivery attempt.</summary>
public sealed record SendResult(SendStatus Status, string? ExternalId = null, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static SendResult Sent(string? externalId = null) => new(SendStatus.Sent, externalId);

    public static SendResult Retry(string error, TimeSpan? after = null) => new(SendStatus.Retry, Error: error, RetryAfter: after);

    public static SendResult Failed(string error) => new(SendStatus.Failed, Error: error);

    /// <summary>Keep it until the user writes again (WhatsApp's closed 24-hour window).</summary>
    public static SendResult Held(string reason) => new(SendStatus.Held, Error: reason);
}

public enum SendStatus
{
    Sent,
    Retry,
    Failed,
    Held,
}
