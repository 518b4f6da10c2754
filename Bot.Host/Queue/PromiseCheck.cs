using Bot.Dialogs.Model;
using Bot.Host.Messaging;
using Bot.Host.Tickets;
using Microsoft.Extensions.Options;

namespace Bot.Host.Queue;

/// <summary>
/// The five-minute promise, watched: a visitor whose guest book is done and who has waited
/// longer than Queue:PromiseMinutes without being called is reported once to the supervisor
/// (Staff:SupervisorChatId; the staff group when none is set). Runs in the caller's unit of work.
/// </summary>
internal sealed class PromiseCheck(QueueBook book, OutboxWriter outbox, IOptions<QueueOptions> options, IOptions<StaffDeskOptions> staff, TimeProvider clock)
{
    /// <summary>Reports every visitor now past the promise; returns how many.</summary>
    public async Task<int> ReportOverdueAsync(CancellationToken cancellationToken)
    {
        var chat = string.IsNullOrWhiteSpace(staff.Value.SupervisorChatId) ? staff.Value.StaffChatId : staff.Value.SupervisorChatId;
        var now = clock.GetUtcNow();
        var promise = TimeSpan.FromMinutes(options.Value.PromiseMinutes);
        var overdue = (await book.WaitingInCallOrderAsync(null, cancellationToken))
            .Where(t => t.OverdueNotifiedAt is null && t.ClockStart is { } start && now - start > promise)
            .ToList();
        foreach (var ticket in overdue)
        {
            ticket.OverdueNotifiedAt = now;
            ticket.Version++;
            if (!string.IsNullOrWhiteSpace(chat))
            {
                var waited = (int)Math.Floor((now - ticket.ClockStart!.Value).TotalMinutes);
                var text = QueueStaffTexts.Overdue.In(Language.Id, ticket.Number, waited, Formats.Time(ticket.ClockStart.Value, Language.Id));
                outbox.EnqueueDirect(ChannelNames.Staff, chat, MessageJson.Serialize(new Outbound(text)), orderingKey: chat);
            }
        }

        return overdue.Count;
    }
}
