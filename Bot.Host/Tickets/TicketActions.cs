using Bot.Dialogs.Model;
using Bot.Dialogs.Rating;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Tickets;

/// <summary>
/// What staff do to a ticket (reply, take, close), the same from the Telegram group and from the
/// console: a reply reaches the user on their own channel and starts the handoff; closing ends it
/// and asks the user to rate the handling. Each is recorded in the thread with who did it (the
/// actor's id and name) and posted to the staff group, in the caller's unit of work.
/// </summary>
internal sealed class TicketActions(BotDbContext db, TicketPoster poster, UserConversations users, TimeProvider clock)
{
    public async Task<TicketActionResult> ReplyAsync(string number, string text, StaffActor actor, CancellationToken cancellationToken)
    {
        var loaded = await LoadOpenAsync(number, cancellationToken);
        if (loaded is not { Outcome: TicketActionOutcome.Done, Ticket: { } ticket })
        {
            return loaded;
        }

        var now = clock.GetUtcNow();
        var delivered = await users.UpdateAsync(ticket.ConversationId, conversation =>
        {
            // The handoff: the user's next messages go to this ticket until it is closed.
            conversation.HandoffTicket = ticket.Number;
            conversation.Stack.Clear();
            conversation.LastChoices = [];
            conversation.BadAnswers = 0;
            conversation.LastActivityAt = now;
            var language = conversation.Language;
            return [new Outbound(StaffTexts.StaffReply.In(language, FirstName(actor.Name), ticket.Number, text) + "\n\n" + StaffTexts.StaffReplyFooter.In(language))];
        }, cancellationToken);
        if (!delivered)
        {
            return new TicketActionResult(TicketActionOutcome.UserGone, ticket);
        }

        ticket.FirstAnsweredAt ??= now;
        if (ticket.TakenBy is null)
        {
            // Answering is taking: nobody else needs to pick it up, and it is not escalated.
            ticket.TakenBy = actor.Name;
            ticket.TakenAt = now;
        }

        // The confirmation is a post of the ticket too, so replying to it also reaches the user.
        poster.Record(ticket, TicketEntryKind.StaffReply, actor.Name, text, TicketPoster.Render(StaffGroupTexts.Delivered, ticket.Number)).ActorId = actor.Id;
        return loaded;
    }

    public async Task<TicketActionResult> TakeAsync(string number, StaffActor actor, CancellationToken cancellationToken)
    {
        var loaded = await LoadOpenAsync(number, cancellationToken);
        if (loaded is not { Outcome: TicketActionOutcome.Done, Ticket: { } ticket })
        {
            return loaded;
        }

        if (ticket.TakenBy is not null)
        {
            return new TicketActionResult(TicketActionOutcome.AlreadyTaken, ticket);
        }

        ticket.TakenBy = actor.Name;
        ticket.TakenAt = clock.GetUtcNow();

        // Only now is "sedang ditangani" true; the user hears it once, from the take.
        await users.UpdateAsync(ticket.ConversationId, c => [new Outbound(StaffTexts.BeingHandled.In(c.Language, ticket.Number))], cancellationToken);
        poster.Record(ticket, TicketEntryKind.Taken, actor.Name, null, TicketPoster.Render(StaffGroupTexts.Taken, ticket.Number, actor.Name)).ActorId = actor.Id;
        return loaded;
    }

    public async Task<TicketActionResult> CloseAsync(string number, StaffActor actor, CancellationToken cancellationToken)
    {
        var loaded = await LoadOpenAsync(number, cancellationToken);
        if (loaded is not { Outcome: TicketActionOutcome.Done, Ticket: { } ticket })
        {
            return loaded;
        }

        var now = clock.GetUtcNow();
        ticket.Status = TicketStatus.Closed;
        ticket.ClosedAt = now;
        ticket.ClosedBy = actor.Name;
        poster.Record(ticket, TicketEntryKind.Closed, actor.Name, null, TicketPoster.Render(StaffGroupTexts.ClosedByStaff, ticket.Number, actor.Name)).ActorId = actor.Id;
        await users.UpdateAsync(ticket.ConversationId, conversation =>
        {
            if (conversation.HandoffTicket == ticket.Number)
            {
                conversation.HandoffTicket = null;
                conversation.Stack.Clear();
            }

            // The rating goes on top of whatever the user was doing; it resumes when the rating ends.
            var (frame, question) = RatingDialog.Prepare(RatingEvents.Ticket(ticket.Number), conversation.Language);
            conversation.Stack.Add(frame);
            conversation.LastChoices = [.. question.Choices];
            conversation.BadAnswers = 0;
            conversation.LastActivityAt = now;
            return [new Outbound(StaffTexts.ClosedByStaff.In(conversation.Language, ticket.Number)), question];
        }, cancellationToken);
        return loaded;
    }

    private async Task<TicketActionResult> LoadOpenAsync(string number, CancellationToken cancellationToken)
    {
        var ticket = await db.Set<Ticket>().FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        return ticket is null
            ? new TicketActionResult(TicketActionOutcome.Unknown, null)
            : new TicketActionResult(ticket.Status == TicketStatus.Open ? TicketActionOutcome.Done : TicketActionOutcome.Closed, ticket);
    }

    // Users see a first name only: friendly, and no more of the staff member than needed.
    private static string FirstName(string staff) => staff.Split(' ', 2)[0].TrimStart('@');
}

internal sealed record TicketActionResult(TicketActionOutcome Outcome, Ticket? Ticket);

internal enum TicketActionOutcome
{
    Done,
    Unknown,
    Closed,
    AlreadyTaken,
    UserGone,
}
