namespace Bot.Host.Messaging.Outbox;

/// <summary>What a read of storage must make of a row this process recorded since the read began.</summary>
public enum RowRecord
{
    /// <summary>Nothing recorded since: the read is current.</summary>
    None,

    /// <summary>Sent, held or failed: skip the row.</summary>
    Done,

    /// <summary>Set back for a retry: skip the row, and the conversation's later rows wait behind it.</summary>
    StillPending,
}
