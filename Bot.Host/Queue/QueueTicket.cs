namespace Bot.Host.Queue;

/// <summary>
/// One queue number of one WITA day (P-007): who holds it (the conversation, so calls reach the
/// visitor's own channel), and the times the five-minute promise is measured by. No name or
/// phone number is kept here; the ids are removed when the visitor deletes their data.
/// </summary>
public sealed class QueueTicket
{
    public long Id { get; set; }

    /// <summary>The day in WITA; numbers restart each day.</summary>
    public DateOnly Day { get; set; }

    /// <summary>The service's letter from the content file, e.g. P.</summary>
    public required string Service { get; set; }

    /// <summary>The running number within the day and service; unique with them.</summary>
    public int Seq { get; set; }

    /// <summary>"P-007".</summary>
    public required string Number { get; set; }

    public QueueTicketStatus Status { get; set; }

    public string? ConversationId { get; set; }

    public string? UserId { get; set; }

    public required string Channel { get; set; }

    public DateTimeOffset TakenAt { get; set; }

    /// <summary>When today's guest book was done (or the number taken, if that was later): the promise's clock starts.</summary>
    public DateTimeOffset? GuestBookAt { get; set; }

    public DateTimeOffset? FirstCalledAt { get; set; }

    public DateTimeOffset? LastCalledAt { get; set; }

    /// <summary>The counter (meja) it was called to.</summary>
    public string? Counter { get; set; }

    public int Calls { get; set; }

    /// <summary>Who called it last (a <see cref="Tickets.StaffActor"/> id: console account, Telegram user id or the API key).</summary>
    public string? CalledBy { get; set; }

    /// <summary>Who called it again last (a <see cref="Tickets.StaffActor"/> id), if anyone did.</summary>
    public string? RecalledBy { get; set; }

    /// <summary>Who skipped it as a no-show (a <see cref="Tickets.StaffActor"/> id).</summary>
    public string? SkippedBy { get; set; }

    /// <summary>Who finished serving it (a <see cref="Tickets.StaffActor"/> id).</summary>
    public string? DoneBy { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    /// <summary>When it was skipped (a no-show) or given up by the visitor.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>True once the visitor was told one visitor is ahead of them.</summary>
    public bool HeadsUpSent { get; set; }

    /// <summary>When the supervisor was told this visitor waited longer than the promise.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; set; }

    /// <summary>Concurrency token: a staff call and a visitor's change to the same number never both win.</summary>
    public int Version { get; set; }

    /// <summary>The moment the promise's clock starts: the guest book, or taking the number if later.</summary>
    public DateTimeOffset? ClockStart => GuestBookAt is { } signed ? (signed > TakenAt ? signed : TakenAt) : null;

    public bool IsActive => Status is QueueTicketStatus.Waiting or QueueTicketStatus.Called;

    public static string Format(string service, int seq) => $"{service}-{seq:000}";
}

/// <summary>Stored as numbers: the unique index of active numbers filters on Status &lt; 2.</summary>
public enum QueueTicketStatus
{
    Waiting = 0,
    Called = 1,
    Done = 2,
    Skipped = 3,
    Cancelled = 4,
}
