using Bot.Dialogs.Complaint;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;

namespace Bot.Dialogs.Staff;

/// <summary>
/// "hubungi petugas" (menu: "Chat dengan petugas"): asks for the user's message, opens a
/// conversation ticket with it and hands the chat over to staff at once (outside office hours
/// the user is told first that the answer comes in the next office hours) (<see cref="HandoffInterceptor"/> takes the next messages).
/// </summary>
public sealed class StaffDialog(ITicketDesk desk, IGuestBook? guestBook = null) : Dialog<StaffState>
{
    public override string Name => DialogNames.Staff;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, StaffState state, string? argument, CancellationToken cancellationToken)
    {
        if (await GuestBookGate.MustSignAsync(context, guestBook, cancellationToken))
        {
            state.Step = StaffStep.SigningGuestBook;
            return DialogOutcome.Begin(DialogNames.GuestBook);
        }

        state.Step = StaffStep.Writing;
        AskMessage(context);
        return DialogOutcome.Wait;
    }

    protected override Task<DialogOutcome> OnResumeAsync(TurnContext context, StaffState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        if (state.Step == StaffStep.SigningGuestBook && !childResult.Succeeded)
        {
            context.Say(StaffTexts.GuestBookNeeded);
            return Task.FromResult(DialogOutcome.End(DialogResult.Cancelled));
        }

        state.Step = StaffStep.Writing;
        AskMessage(context);
        return Task.FromResult(DialogOutcome.Wait);
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, StaffState state, CancellationToken cancellationToken)
    {
        if (context.Text is null && context.Inbound.Attachments.Count == 0)
        {
            context.BadAnswer(StaffTexts.MessageMissing);
            return DialogOutcome.Wait;
        }

        var message = context.Text ?? "";
        if (message.Length > ComplaintDialog.MaxDescriptionLength)
        {
            context.BadAnswer(ComplaintTexts.DescriptionTooLong, Formats.Number(message.Length, context.Language), Formats.Number(ComplaintDialog.MaxDescriptionLength, context.Language));
            return DialogOutcome.Wait;
        }

        var receipt = await desk.OpenAsync(
            new TicketRequest(TicketKind.Conversation, ComplaintCategories.Other, message, context.Inbound.Attachments), cancellationToken);

        // The handoff starts now: the user asked for a person, not for a ticket.
        context.Conversation.HandoffTicket = receipt.Number;
        context.Say(StaffTexts.Connected, receipt.Number, Formats.Moment(receipt.AnswerExpectedBy, context.Language), desk.OfficeHours.In(context.Language));

        // The dialogs stand aside from now on, this one included. Clearing the stack (rather
        // than ending) keeps the router from showing the main menu under the handoff message,
        // and no idle-expiry notice can later claim the conversation was closed. Waiting with
        // an empty stack is safe: the router only writes back a frame that is still there.
        context.Conversation.Stack.Clear();
        return DialogOutcome.Wait;
    }

    protected override Task OnRepromptAsync(TurnContext context, StaffState state, CancellationToken cancellationToken)
    {
        context.Say(StaffTexts.AskMessage);
        return Task.CompletedTask;
    }

    /// <summary>A live chat is only live in office hours; outside them the user hears the fallback first.</summary>
    private void AskMessage(TurnContext context)
    {
        if (!desk.IsOpen(context.Now))
        {
            context.Say(StaffTexts.OutOfHours, desk.OfficeHours.In(context.Language));
        }

        context.Say(StaffTexts.AskMessage);
    }
}
