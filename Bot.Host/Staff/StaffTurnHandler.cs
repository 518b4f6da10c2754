using Bot.Dialogs.Model;
using Bot.Dialogs.Rating;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Staff;

/// <summary>
/// Messages from the staff group: the Ambil/Selesai buttons, /ambil, /balas, /selesai, and plain
/// replies to a ticket's post. A reply reaches the user on their own channel and starts the
/// handoff; closing ends it and asks the user to rate the handling. Everything is recorded in
/// the ticket's thread with who did it and when.
/// </summary>
internal sealed partial class StaffTurnHandler(
    BotDbContext db,
    TicketPoster poster,
    UserConversations users,
    IOptions<StaffDeskOptions> options,
    TimeProvider clock,
    ILogger<StaffTurnHandler> logger,
    Queue.QueueStaffCommands? queue = null) : IStaffTurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var inbound = context.Inbound;
        var chat = inbound.ConversationKey;
        if (chat != options.Value.StaffChatId)
        {
            // Only the staff group takes commands; the Telegram adapter maps no other group here.
            LogForeignChat(logger, chat);
            return;
        }

        var staff = StaffName(inbound.Sender);
        if (inbound.ChoiceId is { } choice)
        {
            if (choice.StartsWith(StaffCommands.TakePrefix, StringComparison.Ordinal))
            {
                await TakeAsync(context, choice[StaffCommands.TakePrefix.Length..], staff, cancellationToken);
            }
            else if (choice.StartsWith(StaffCommands.ClosePrefix, StringComparison.Ordinal))
            {
                await CloseAsync(context, choice[StaffCommands.ClosePrefix.Length..], staff, cancellationToken);
            }

            return;
        }

        // The queue's commands (/panggil, /ulang, /lewati, /selesai_antrean) before the tickets' own.
        if (queue is not null && await queue.TryHandleAsync(context, cancellationToken))
        {
            return;
        }

        var (command, number, rest) = StaffCommands.Parse(inbound.Text);
        if (number is null && inbound.ReplyTo is { } replyTo)
        {
            number = await FindByPostAsync(replyTo, chat, cancellationToken);
        }

        var isSlash = inbound.Text?.TrimStart().StartsWith('/') == true;
        switch (command)
        {
            case null when isSlash:
                context.Say(StaffGroupTexts.Usage);
                break;
            case null when number is not null && context.Text is { } text:
                await ReplyAsync(context, number, text, staff, cancellationToken);
                break;
            case null:
                // Staff talking among themselves.
                break;
            case var _ when number is null:
                context.Say(StaffGroupTexts.Usage);
                break;
            case "ambil":
                await TakeAsync(context, number, staff, cancellationToken);
                break;
            case "selesai":
                await CloseAsync(context, number, staff, cancellationToken);
                break;
            case "balas" when rest.Length == 0:
                context.Say(StaffGroupTexts.EmptyReply, number);
                break;
            case "balas":
                await ReplyAsync(context, number, rest, staff, cancellationToken);
                break;
        }
    }

    private async Task ReplyAsync(TurnContext context, string number, string text, string staff, CancellationToken cancellationToken)
    {
        if (await LoadOpenAsync(context, number, StaffGroupTexts.AlreadyClosed, cancellationToken) is not { } ticket)
        {
            return;
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
            return [new Outbound(StaffTexts.StaffReply.In(language, FirstName(staff), ticket.Number, text) + "\n\n" + StaffTexts.StaffReplyFooter.In(language))];
        }, cancellationToken);
        if (!delivered)
        {
            context.Say(StaffGroupTexts.UserGone, ticket.Number);
            return;
        }

        ticket.FirstAnsweredAt ??= now;
        if (ticket.TakenBy is null)
        {
            // Answering is taking: nobody else needs to pick it up, and it is not escalated.
            ticket.TakenBy = staff;
            ticket.TakenAt = now;
        }

        // The confirmation is a post of the ticket too, so replying to it also reaches the user.
        poster.Record(ticket, TicketEntryKind.StaffReply, staff, text, TicketPoster.Render(StaffGroupTexts.Delivered, ticket.Number));
    }

    private async Task TakeAsync(TurnContext context, string number, string staff, CancellationToken cancellationToken)
    {
        if (await LoadOpenAsync(context, number, StaffGroupTexts.AlreadyClosedPlain, cancellationToken) is not { } ticket)
        {
            return;
        }

        if (ticket.TakenBy is { } taker)
        {
            context.Say(StaffGroupTexts.AlreadyTaken, ticket.Number, taker);
            return;
        }

        ticket.TakenBy = staff;
        ticket.TakenAt = clock.GetUtcNow();

        // Only now is "sedang ditangani" true; the user hears it once, from the take.
        await users.UpdateAsync(ticket.ConversationId, c => [new Outbound(StaffTexts.BeingHandled.In(c.Language, ticket.Number))], cancellationToken);
        poster.Record(ticket, TicketEntryKind.Taken, staff, null, TicketPoster.Render(StaffGroupTexts.Taken, ticket.Number, staff));
    }

    private async Task CloseAsync(TurnContext context, string number, string staff, CancellationToken cancellationToken)
    {
        if (await LoadOpenAsync(context, number, StaffGroupTexts.AlreadyClosedPlain, cancellationToken) is not { } ticket)
        {
            return;
        }

        var now = clock.GetUtcNow();
        ticket.Status = TicketStatus.Closed;
        ticket.ClosedAt = now;
        ticket.ClosedBy = staff;
        poster.Record(ticket, TicketEntryKind.Closed, staff, null, TicketPoster.Render(StaffGroupTexts.ClosedByStaff, ticket.Number, staff));
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
    }

    private async Task<Ticket?> LoadOpenAsync(TurnContext context, string number, Bilingual closedText, CancellationToken cancellationToken)
    {
        var ticket = await db.Set<Ticket>().FirstOrDefaultAsync(t => t.Number == number, cancellationToken);
        if (ticket is null)
        {
            context.Say(StaffGroupTexts.UnknownTicket, number);
            return null;
        }

        if (ticket.Status != TicketStatus.Open)
        {
            context.Say(closedText, ticket.Number);
            return null;
        }

        return ticket;
    }

    private Task<string?> FindByPostAsync(string telegramMessageId, string chat, CancellationToken cancellationToken) =>
        db.Set<TicketEntry>()
            .Where(e => e.StaffPost != null && e.StaffPost.Channel == ChannelNames.Staff && e.StaffPost.Recipient == chat && e.StaffPost.ExternalId == telegramMessageId)
            .Select(e => e.Ticket!.Number)
            .FirstOrDefaultAsync(cancellationToken);

    private static string StaffName(SenderProfile? sender) =>
        sender?.DisplayName is { Length: > 0 } name ? name : sender?.UserName is { Length: > 0 } user ? "@" + user : "petugas";

    // Users see a first name only: friendly, and no more of the staff member than needed.
    private static string FirstName(string staff) => staff.Split(' ', 2)[0].TrimStart('@');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a message from chat {Chat}, which is not the staff group (Telegram:StaffChatId).")]
    private static partial void LogForeignChat(ILogger logger, string chat);
}
