namespace Bot.Host.Messaging.Outbox;

/// <summary>
/// The outcome of one send attempt as it is written to the outbox row: absolute values, not
/// increments, so applying the records of a row in order always gives the same row.
/// </summary>
public sealed record SendRecord(
    long OutboxId,
    OutboxStatus Status,
    int Attempts,
    string? Error,
    string? ExternalId,
    DateTimeOffset? SentAt,
    DateTimeOffset NextAttemptAt);
