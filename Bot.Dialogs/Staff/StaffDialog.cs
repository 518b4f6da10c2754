using Bot.Dialogs.Complaint;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;

namespace Bot.Dialogs.Staff;

/// <summary>
/// "hubungi petugas" (menu: "Chat dengan petugas"): asks for the user's message, opens a
/// conversation ticket with it and hands the chat over to staff at once (outside office hours
/// the user is told first that the answer comes in the next office hours) (<see cref="HandoffInterceptor"/> takes the next messages).
/// </summary>
public sealed class StaffDialog(ITicketDesk desk, IGuestBook? guestBook = null) : Dialog<StaffState>
{
    public override string Name => DialogNames.Staff;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, StaffState state, string? argument, CancellationToken cancellationToken) =>
        await Build(context, state, cancellationToken).FireAsync(
            await GuestBookGate.MustSignAsync(context, guestBook, cancellationToken) ? StaffTrigger.NeedGuestBook : StaffTrigger.Ask);

    /// <summary>The guest book this chat waited for has ended (or another child did, while the message was asked for).</summary>
    protected override Task<DialogOutcome> OnResumeAsync(TurnContext context, StaffState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        var dialog = Build(context, state, cancellationToken);
        return dialog.FireAsync(dialog.Carrying<bool>(StaffTrigger.Resumed), childResult.Succeeded);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, StaffState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync();

    protected override Task OnRepromptAsync(TurnContext context, StaffState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for the docs.</summary>
    public static string Graph() => new StaffDialog(null!).Build(null!, new StaffState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<StaffStep, StaffTrigger> Build(TurnContext context, StaffState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<StaffStep, StaffTrigger>(() => state.Step, s => state.Step = s, StaffTrigger.Reply, StaffTrigger.Reprompt);
        var resumed = dialog.Carrying<bool>(StaffTrigger.Resumed);

        dialog.Configure(StaffStep.Start)
            .Permit(StaffTrigger.NeedGuestBook, StaffStep.SigningGuestBook)
            .Permit(StaffTrigger.Ask, StaffStep.Writing)
            .Permit(resumed.Trigger, StaffStep.Writing);

        // The guest book runs as a child; this dialog resumes with how it ended.
        dialog.SigningGuestBook(StaffStep.SigningGuestBook, resumed, StaffStep.Writing, StaffStep.NoGuestBook);
        dialog.Ending(StaffStep.NoGuestBook, "say it is needed", DialogOutcome.End(DialogResult.Cancelled), () => context.Say(StaffTexts.GuestBookNeeded));

        // Asked again on a reprompt without the out-of-hours notice, which was already said.
        dialog.Reading(
                StaffStep.Writing,
                "ask the message",
                way =>
                {
                    AskMessage(context, outOfHoursNotice: way.Trigger is not StaffTrigger.Reprompt);
                    return Task.CompletedTask;
                },
                () => ReadMessageAsync(context, dialog.Machine))
            .PermitReentry(resumed.Trigger)
            .Permit(StaffTrigger.Write, StaffStep.Connected);
        dialog.Ending(StaffStep.Connected, "open a ticket, hand the chat over", DialogOutcome.Wait, () => HandOverAsync(context, cancellationToken));
        return dialog;
    }

    /// <summary>A text or files for staff. A missing or too long message is refused without asking again: the user still has the question (and the text).</summary>
    private static Task ReadMessageAsync(TurnContext context, StateMachine<StaffStep, StaffTrigger> machine)
    {
        if (context.Text is null && context.Inbound.Attachments.Count == 0)
        {
            context.BadAnswer(StaffTexts.MessageMissing);
            return Task.CompletedTask;
        }

        var length = context.Text?.Length ?? 0;
        if (length > ComplaintDialog.MaxDescriptionLength)
        {
            context.BadAnswer(ComplaintTexts.DescriptionTooLong, Formats.Number(length, context.Language), Formats.Number(ComplaintDialog.MaxDescriptionLength, context.Language));
            return Task.CompletedTask;
        }

        return machine.FireAsync(StaffTrigger.Write);
    }

    private async Task HandOverAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var receipt = await desk.OpenAsync(
            new TicketRequest(TicketKind.Conversation, ComplaintCategories.Other, context.Text ?? "", context.Inbound.Attachments), cancellationToken);

        // The handoff starts now: the user asked for a person, not for a ticket.
        context.Conversation.HandoffTicket = receipt.Number;
        context.Say(StaffTexts.Connected, receipt.Number, Formats.Moment(receipt.AnswerExpectedBy, context.Language), desk.OfficeHours.In(context.Language));

        // The dialogs stand aside from now on, this one included. Clearing the stack (rather
        // than ending) keeps the router from showing the main menu under the handoff message,
        // and no idle-expiry notice can later claim the conversation was closed. Waiting with
        // an empty stack is safe: the router only writes back a frame that is still there.
        context.Conversation.Stack.Clear();
    }

    /// <summary>A live chat is only live in office hours; outside them the user hears the fallback first.</summary>
    private void AskMessage(TurnContext context, bool outOfHoursNotice)
    {
        if (outOfHoursNotice && !desk.IsOpen(context.Now))
        {
            context.Say(StaffTexts.OutOfHours, desk.OfficeHours.In(context.Language));
        }

        context.Say(StaffTexts.AskMessage);
    }
}
