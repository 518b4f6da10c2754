namespace Bot.Host.Messaging.Worker;

/// <summary>What one call of <see cref="TurnProcessor.RunNextAsync"/> did.</summary>
public readonly record struct TurnResult(TurnStatus Status, long InboxId = 0, bool MorePending = false)
{
    public static TurnResult Nothing { get; } = new(TurnStatus.NothingPending);

    public static TurnResult Elsewhere { get; } = new(TurnStatus.LeasedElsewhere);
}

public enum TurnStatus
{
    /// <summary>A turn was committed; <see cref="TurnResult.MorePending"/> says whether another waits.</summary>
    Processed,

    /// <summary>The conversation had no pending message; its lease was released.</summary>
    NothingPending,

    /// <summary>Another node holds the conversation; nothing was done.</summary>
    LeasedElsewhere,
}
