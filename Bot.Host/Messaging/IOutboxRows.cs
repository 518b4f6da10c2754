namespace Bot.Host.Messaging;

/// <summary>
/// The unit of work new outbox rows join: they are written when the caller saves (a turn, a
/// staff request), together with everything else it changed. Implemented by the storage's context.
/// </summary>
public interface IOutboxRows
{
    void Add(OutboxMessage row);
}
