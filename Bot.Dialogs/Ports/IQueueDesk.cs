using Bot.Dialogs.Model;

namespace Bot.Dialogs.Ports;

/// <summary>
/// The office's queue as the visitor's dialog sees it: numbers per service (P-007), restarting
/// each WITA day, at most one active number per conversation per day.
/// </summary>
public interface IQueueDesk
{
    /// <summary>The office hours, for the refusal outside them.</summary>
    Bilingual OfficeHours { get; }

    /// <summary>True while numbers can be taken (Staff:OfficeHours).</summary>
    bool IsOpen(DateTimeOffset moment);

    /// <summary>This conversation's active number today (waiting or called), or null.</summary>
    Task<QueuePlace?> FindMineAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes the next number of the service for this conversation. The number is stored at once
    /// (not with the turn), so two visitors taking at the same moment never get the same one; a
    /// conversation that already has an active number gets that one back (<see cref="QueuePlace.AlreadyHad"/>).
    /// </summary>
    Task<QueuePlace> TakeAsync(string serviceLetter, CancellationToken cancellationToken);

    /// <summary>Gives up this conversation's active number; returns it, or null when there was none.</summary>
    Task<string?> GiveUpAsync(CancellationToken cancellationToken);

    /// <summary>Records that today's guest book is done: the five-minute clock starts (staged with the turn).</summary>
    Task GuestBookDoneAsync(CancellationToken cancellationToken);
}

/// <summary>A visitor's place in the queue.</summary>
/// <param name="Number">E.g. P-007.</param>
/// <param name="ServiceLetter">The service's letter.</param>
/// <param name="Ahead">Waiting visitors of the same service who took their number earlier.</param>
/// <param name="EstimatedMinutes">Ahead × the recent median service time, rounded up.</param>
/// <param name="GuestBookDone">True when today's guest book is filled.</param>
/// <param name="Counter">The counter (meja) it was called to, when called.</param>
/// <param name="AlreadyHad">True when <see cref="IQueueDesk.TakeAsync"/> returned an earlier number.</param>
public sealed record QueuePlace(string Number, string ServiceLetter, int Ahead, int EstimatedMinutes, bool GuestBookDone, string? Counter, bool AlreadyHad = false);
