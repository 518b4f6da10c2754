using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Texts;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Queue;

/// <summary>
/// What staff do with the queue — call the next visitor to a counter, call again, skip a
/// no-show, finish — shared by the staff API and the staff Telegram group. Changes and the
/// visitors' notices (on their own channel, through the outbox) are staged on the caller's unit
/// of work; the caller saves (the API in a transaction of its own, the group with its turn).
/// Each action records who did it (a <see cref="Tickets.StaffActor"/> id) on the number.
/// </summary>
internal sealed class QueueCalls(
    QueueBook book,
    UserConversations users,
    ServiceContent content,
    IOptions<QueueOptions> options,
    TimeProvider clock)
{
    /// <summary>Calls the next waiting visitor (of the service, if given) to the counter; null when nobody waits.</summary>
    public async Task<QueueTicket?> CallNextAsync(string counter, string? service, string calledBy, CancellationToken cancellationToken)
    {
        var order = await book.WaitingInCallOrderAsync(service, cancellationToken);
        if (order.Count == 0)
        {
            return null;
        }

        var ticket = order[0];
        var now = clock.GetUtcNow();
        ticket.Status = QueueTicketStatus.Called;
        ticket.Counter = counter;
        ticket.CalledBy = calledBy;
        ticket.FirstCalledAt ??= now;
        ticket.LastCalledAt = now;
        ticket.Calls++;
        ticket.Version++;
        await TellAsync(ticket, QueueTexts.Called, cancellationToken, ticket.Number, counter);

        // The visitor with exactly one visitor ahead of them now is told to get ready (once).
        var sameService = order.Skip(1).Where(t => t.Service == ticket.Service).ToList();
        if (sameService.Count > 1 && sameService[1] is { HeadsUpSent: false } next)
        {
            next.HeadsUpSent = true;
            next.Version++;
            await TellAsync(next, QueueTexts.HeadsUp, cancellationToken, next.Number);
        }

        return ticket;
    }

    /// <summary>Finds today's number (P-007, p7, P-7) or, for a counter ("1"), the number called there last.</summary>
    public async Task<QueueTicket?> FindAsync(string numberOrCounter, CancellationToken cancellationToken)
    {
        var today = book.Today;
        if (Parse(numberOrCounter) is { } parsed)
        {
            return await book.Tickets.FirstOrDefaultAsync(t => t.Day == today && t.Service == parsed.Service && t.Seq == parsed.Seq, cancellationToken);
        }

        var counter = numberOrCounter.Trim();
        return await book.Tickets.Where(t => t.Day == today && t.Status == QueueTicketStatus.Called && t.Counter == counter)
            .OrderByDescending(t => t.LastCalledAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The number called most recently today that is still called (for commands without a number).</summary>
    public Task<QueueTicket?> LatestCalledAsync(CancellationToken cancellationToken)
    {
        var today = book.Today;
        return book.Tickets.Where(t => t.Day == today && t.Status == QueueTicketStatus.Called)
            .OrderByDescending(t => t.LastCalledAt).ThenByDescending(t => t.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<QueueOutcome> RecallAsync(QueueTicket ticket, string actorId, CancellationToken cancellationToken)
    {
        if (ticket.Status != QueueTicketStatus.Called)
        {
            return QueueOutcome.NotCalled;
        }

        ticket.LastCalledAt = clock.GetUtcNow();
        ticket.RecalledBy = actorId;
        ticket.Calls++;
        ticket.Version++;
        await TellAsync(ticket, QueueTexts.Recalled, cancellationToken, ticket.Number, ticket.Counter);
        return QueueOutcome.Ok;
    }

    /// <summary>A no-show: allowed once Queue:NoShowMinutes have passed since the last call.</summary>
    public async Task<QueueOutcome> SkipAsync(QueueTicket ticket, string actorId, CancellationToken cancellationToken)
    {
        if (ticket.Status != QueueTicketStatus.Called)
        {
            return QueueOutcome.NotCalled;
        }

        var now = clock.GetUtcNow();
        if (now < NoShowFrom(ticket))
        {
            return QueueOutcome.TooEarly;
        }

        ticket.Status = QueueTicketStatus.Skipped;
        ticket.ClosedAt = now;
        ticket.SkippedBy = actorId;
        ticket.Version++;
        await TellAsync(ticket, QueueTexts.Skipped, cancellationToken, ticket.Number);
        return QueueOutcome.Ok;
    }

    public async Task<QueueOutcome> DoneAsync(QueueTicket ticket, string actorId, CancellationToken cancellationToken)
    {
        if (ticket.Status != QueueTicketStatus.Called)
        {
            return QueueOutcome.NotCalled;
        }

        ticket.Status = QueueTicketStatus.Done;
        ticket.DoneAt = clock.GetUtcNow();
        ticket.DoneBy = actorId;
        ticket.Version++;
        await TellAsync(ticket, QueueTexts.Done, cancellationToken, content.Office.Name);
        return QueueOutcome.Ok;
    }

    /// <summary>The moment a called number may be skipped as a no-show.</summary>
    public DateTimeOffset NoShowFrom(QueueTicket ticket) =>
        (ticket.LastCalledAt ?? ticket.TakenAt).AddMinutes(options.Value.NoShowMinutes);

    /// <summary>"P-007", "p7", "P 7" → (P, 7).</summary>
    public static (string Service, int Seq)? Parse(string? text)
    {
        var value = (text ?? "").Trim().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return value.Length >= 2 && char.IsAsciiLetter(value[0]) && int.TryParse(value[1..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seq) && seq > 0
            ? (char.ToUpperInvariant(value[0]).ToString(), seq)
            : null;
    }

    // A visitor who deleted their data has no conversation any more: the board still shows the call.
    private Task TellAsync(QueueTicket ticket, Bilingual text, CancellationToken cancellationToken, params object?[] args) =>
        users.UpdateAsync(ticket.ConversationId, c => [new Outbound(text.In(c.Language, args))], cancellationToken);
}

public enum QueueOutcome
{
    Ok,
    NotCalled,
    TooEarly,
}
