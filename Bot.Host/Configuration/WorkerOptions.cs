using System.ComponentModel.DataAnnotations;

namespace Bot.Host.Configuration;

/// <summary>`Worker` section: how turns and replies are processed.</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>Whether this node runs turns and sends replies (off: a node that only takes webhooks).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Conversations processed at the same time (each one strictly in order).</summary>
    [Range(1, 256, ErrorMessage = "Worker:MaxParallelConversations must be between 1 and 256.")]
    public int MaxParallelConversations { get; set; } = 16;

    /// <summary>How often storage is checked for work another node or a previous run left.</summary>
    [Range(50, 60_000, ErrorMessage = "Worker:PollIntervalMs must be between 50 and 60000.")]
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>Tries of one turn before the user gets an apology and the message is set aside.</summary>
    [Range(1, 20, ErrorMessage = "Worker:MaxTurnAttempts must be between 1 and 20.")]
    public int MaxTurnAttempts { get; set; } = 3;

    /// <summary>Tries of one outbound message before it is marked failed.</summary>
    [Range(1, 50, ErrorMessage = "Worker:MaxSendAttempts must be between 1 and 50.")]
    public int MaxSendAttempts { get; set; } = 6;

    /// <summary>
    /// Outbound messages on their way at the same time, one per conversation (each conversation's
    /// still one after another). A crash can repeat at most this many messages, the ones the
    /// channel had taken but whose sending was not yet recorded. 12: at a 300 ms round trip to
    /// Telegram one send under way carries ~3.3 messages a second, so Telegram's 30 a second needs
    /// 9; three more cover jitter, slower calls (a document's upload) and the preparation a run
    /// does before its call.
    /// </summary>
    public int MaxInFlightSends { get; set; } = 12;

    /// <summary>
    /// SQLite: how often, at most, the journal of send outcomes is applied to the outbox table
    /// (at once when the service is quiet). Longer batches more records per transaction; the
    /// records are safe in the journal file meanwhile.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Worker:JournalFlushIntervalMs must be between 1 and 1000.")]
    public int JournalFlushIntervalMs { get; set; } = 25;

    /// <summary>How long a node owns a conversation or an outbox row before another may take over.</summary>
    [Range(5, 600, ErrorMessage = "Worker:LeaseSeconds must be between 5 and 600.")]
    public int LeaseSeconds { get; set; } = 30;
}
