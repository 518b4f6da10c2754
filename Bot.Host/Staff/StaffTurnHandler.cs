using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Host.Messaging;
using Bot.Host.Staff.Accounts;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Staff;

/// <summary>
/// Messages from the staff group: the Ambil/Selesai buttons, /ambil, /balas, /selesai, and plain
/// replies to a ticket's post. A reply reaches the user on their own channel and starts the
/// handoff; closing ends it and asks the user to rate the handling. Everything is recorded in
/// the ticket's thread with who did it (their Telegram user id) and when (see <see cref="TicketActions"/>).
/// </summary>
internal sealed partial class StaffTurnHandler(
    BotDbContext db,
    TicketActions actions,
    IOptions<StaffDeskOptions> options,
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

        var staff = StaffActor.FromTelegram(inbound.Sender);
        if (!MayAct(inbound.Sender))
        {
            // Only what would act is refused: staff talking among themselves is left alone.
            if (inbound.ChoiceId is not null || inbound.Text?.TrimStart().StartsWith('/') == true
                || (inbound.ReplyTo is { } post && await FindByPostAsync(post, chat, cancellationToken) is not null))
            {
                context.Say(StaffGroupTexts.NotAllowed);
            }

            return;
        }

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

    private async Task ReplyAsync(TurnContext context, string number, string text, StaffActor staff, CancellationToken cancellationToken)
    {
        var result = await actions.ReplyAsync(number, text, staff, cancellationToken);
        Answer(context, result, number, StaffGroupTexts.AlreadyClosed);
    }

    private async Task TakeAsync(TurnContext context, string number, StaffActor staff, CancellationToken cancellationToken) =>
        Answer(context, await actions.TakeAsync(number, staff, cancellationToken), number, StaffGroupTexts.AlreadyClosedPlain);

    private async Task CloseAsync(TurnContext context, string number, StaffActor staff, CancellationToken cancellationToken) =>
        Answer(context, await actions.CloseAsync(number, staff, cancellationToken), number, StaffGroupTexts.AlreadyClosedPlain);

    /// <summary>The group is told what did not happen; what did is posted by the action itself.</summary>
    private static void Answer(TurnContext context, TicketActionResult result, string number, Bilingual closedText)
    {
        switch (result.Outcome)
        {
            case TicketActionOutcome.Unknown:
                context.Say(StaffGroupTexts.UnknownTicket, number);
                break;
            case TicketActionOutcome.Closed:
                context.Say(closedText, result.Ticket!.Number);
                break;
            case TicketActionOutcome.AlreadyTaken:
                context.Say(StaffGroupTexts.AlreadyTaken, result.Ticket!.Number, result.Ticket.TakenBy);
                break;
            case TicketActionOutcome.UserGone:
                context.Say(StaffGroupTexts.UserGone, result.Ticket!.Number);
                break;
        }
    }

    /// <summary>Staff:TelegramUserIds, when set, lists who may act from the group (by Telegram user id).</summary>
    private bool MayAct(SenderProfile? sender) =>
        options.Value.TelegramUserIds.Count == 0 || (sender?.Id is { } id && options.Value.TelegramUserIds.Contains(id));

    private Task<string?> FindByPostAsync(string telegramMessageId, string chat, CancellationToken cancellationToken) =>
        db.Set<TicketEntry>()
            .Where(e => e.StaffPost != null && e.StaffPost.Channel == ChannelNames.Staff && e.StaffPost.Recipient == chat && e.StaffPost.ExternalId == telegramMessageId)
            .Select(e => e.Ticket!.Number)
            .FirstOrDefaultAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a message from chat {Chat}, which is not the staff group (Telegram:StaffChatId).")]
    private static partial void LogForeignChat(ILogger logger, string chat);
}
