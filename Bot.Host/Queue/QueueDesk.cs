using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Host.Messaging;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Queue;

/// <summary>The queue as the visitor's dialog sees it. Changes other than taking a number commit with the turn.</summary>
internal sealed class QueueDesk(QueueBook book, QueueNumbers numbers, TurnScope turn, OfficeHours hours, TimeProvider clock) : IQueueDesk
{
    public Bilingual OfficeHours => hours.Description;

    public bool IsOpen(DateTimeOffset moment) => hours.IsOpen(moment);

    public async Task<QueuePlace?> FindMineAsync(CancellationToken cancellationToken)
    {
        if (await FindActiveAsync(cancellationToken) is not { } ticket)
        {
            return null;
        }

        await book.FillGuestBookAsync([ticket], cancellationToken);
        return await book.PlaceOfAsync(ticket, alreadyHad: true, cancellationToken);
    }

    public async Task<QueuePlace> TakeAsync(string serviceLetter, CancellationToken cancellationToken)
    {
        var record = turn.Conversation;
        var now = clock.GetUtcNow();
        var (ticket, alreadyHad) = await numbers.TakeAsync(
            new QueueTicket
            {
                Day = Wita.Today(now),
                Service = serviceLetter,
                Number = "",
                ConversationId = record.Id,
                UserId = turn.Context.Conversation.UserId,
                Channel = record.Channel,
                TakenAt = now,
            },
            cancellationToken);
        return await book.PlaceOfAsync(ticket, alreadyHad, cancellationToken);
    }

    public async Task<string?> GiveUpAsync(CancellationToken cancellationToken)
    {
        if (await FindActiveAsync(cancellationToken) is not { } ticket)
        {
            return null;
        }

        ticket.Status = QueueTicketStatus.Cancelled;
        ticket.ClosedAt = clock.GetUtcNow();
        ticket.Version++;
        return ticket.Number;
    }

    public async Task GuestBookDoneAsync(CancellationToken cancellationToken)
    {
        if (await FindActiveAsync(cancellationToken) is { GuestBookAt: null } ticket)
        {
            ticket.GuestBookAt = clock.GetUtcNow();
            ticket.UserId ??= turn.Context.Conversation.UserId;
            ticket.Version++;
        }
    }

    private Task<QueueTicket?> FindActiveAsync(CancellationToken cancellationToken)
    {
        var conversationId = turn.Conversation.Id;
        var today = book.Today;
        return book.Tickets.FirstOrDefaultAsync(
            t => t.Day == today && t.ConversationId == conversationId && (t.Status == QueueTicketStatus.Waiting || t.Status == QueueTicketStatus.Called),
            cancellationToken);
    }
}
