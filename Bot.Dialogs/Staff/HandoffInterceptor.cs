using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Rating;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;

namespace Bot.Dialogs.Staff;

/// <summary>
/// While staff talk with a user (<see cref="Conversation.HandoffTicket"/> set) the dialogs stand
/// aside: every message goes to the ticket's thread and the staff group. The user can leave
/// with "selesai"; the usual global words only remind them how, so a habitual "menu" does not
/// silently end a conversation staff are in the middle of.
/// </summary>
public sealed class HandoffInterceptor(ITicketDesk desk) : ITurnInterceptor
{
    private static readonly HashSet<string> s_endWords = ["selesai", "/selesai", "akhiri", "sudah selesai", "done", "end", "/end"];

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        if (conversation.HandoffTicket is not { } ticket)
        {
            return false;
        }

        conversation.Stack.Clear();
        var normalized = TextNormalizer.Normalize(context.Text);
        var hasFiles = context.Inbound.Attachments.Count > 0;
        if (s_endWords.Contains(normalized) && !hasFiles)
        {
            await desk.CloseByUserAsync(ticket, cancellationToken);
            conversation.HandoffTicket = null;
            context.Say(StaffTexts.EndedByUser, ticket);
            var (frame, question) = RatingDialog.Prepare(RatingEvents.Ticket(ticket), context.Language);
            conversation.Stack.Add(frame);
            context.Send(question);
            return true;
        }

        switch (GlobalWords.Match(normalized))
        {
            case GlobalWord.Language:
                conversation.Language = conversation.Language == Language.Id ? Language.En : Language.Id;
                conversation.LanguageChosen = true;
                context.Say(StaffTexts.LanguageSwitched);
                context.Say(StaffTexts.HandoffHint, ticket);
                return true;
            case GlobalWord.Menu or GlobalWord.Cancel or GlobalWord.Help:
                context.Say(StaffTexts.HandoffHint, ticket);
                return true;
        }

        if (context.Text is null && !hasFiles)
        {
            // A button from an older message: nothing to pass on.
            context.Say(StaffTexts.HandoffHint, ticket);
            return true;
        }

        if (!await desk.RelayFromUserAsync(ticket, context.Text, context.Inbound.Attachments, cancellationToken))
        {
            // The ticket was closed meanwhile (e.g. by staff in the same second): back to normal.
            conversation.HandoffTicket = null;
            return false;
        }

        return true;
    }
}
