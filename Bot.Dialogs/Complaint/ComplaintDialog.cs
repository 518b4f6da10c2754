using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;

namespace Bot.Dialogs.Complaint;

/// <summary>
/// A complaint, suggestion or report: category → description → optional photo or document →
/// confirm → ticket ADU-YYYYMMDD-NNN, posted to staff, with an acknowledgement saying when to
/// expect an answer and the standard's other complaint channels.
/// </summary>
public sealed class ComplaintDialog(ITicketDesk desk, ServiceContent content, IGuestBook? guestBook = null) : Dialog<ComplaintState>
{
    public const int MaxDescriptionLength = 2000;

    // Keeps the confirmation readable on a phone; staff get the full text.
    private const int PreviewLength = 300;

    private const string CategoryPrefix = "c:";
    private const string SkipChoice = "c:skip";
    private const string SendChoice = "c:send";
    private const string EditChoice = "c:edit";
    private const string CancelChoice = "c:cancel";

    public override string Name => DialogNames.Complaint;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, ComplaintState state, string? argument, CancellationToken cancellationToken) =>
        await Build(context, state, cancellationToken).FireAsync(
            await GuestBookGate.MustSignAsync(context, guestBook, cancellationToken) ? ComplaintTrigger.NeedGuestBook : ComplaintTrigger.Ask);

    /// <summary>The guest book this complaint waited for has ended; any other child just brings the question back.</summary>
    protected override async Task<DialogOutcome> OnResumeAsync(TurnContext context, ComplaintState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        var dialog = Build(context, state, cancellationToken);
        if (!dialog.Machine.IsInState(ComplaintStep.SigningGuestBook))
        {
            await dialog.RepromptAsync();
            return DialogOutcome.Wait;
        }

        return await dialog.FireAsync(dialog.Carrying<bool>(ComplaintTrigger.Signed), childResult.Succeeded);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, ComplaintState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync();

    protected override Task OnRepromptAsync(TurnContext context, ComplaintState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for docs/complaints.md.</summary>
    public static string Graph() =>
        new ComplaintDialog(null!, null!).Build(null!, new ComplaintState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<ComplaintStep, ComplaintTrigger> Build(TurnContext context, ComplaintState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<ComplaintStep, ComplaintTrigger>(() => state.Step, s => state.Step = s, ComplaintTrigger.Reply, ComplaintTrigger.Reprompt);
        var machine = dialog.Machine;
        var signed = dialog.Carrying<bool>(ComplaintTrigger.Signed);
        var categorise = dialog.Carrying<string?>(ComplaintTrigger.Categorise);
        var describe = dialog.Carrying<string?>(ComplaintTrigger.Describe);
        var choose = dialog.Carrying<string?>(ComplaintTrigger.Choose);

        dialog.Configure(ComplaintStep.Start)
            .Permit(ComplaintTrigger.NeedGuestBook, ComplaintStep.SigningGuestBook)
            .Permit(ComplaintTrigger.Ask, ComplaintStep.ChoosingCategory);

        // The guest book runs as a child; this dialog resumes with how it ended.
        dialog.SigningGuestBook(ComplaintStep.SigningGuestBook, signed, ComplaintStep.ChoosingCategory, ComplaintStep.NoGuestBook);
        dialog.Ending(ComplaintStep.NoGuestBook, "say it is needed", DialogOutcome.End(DialogResult.Cancelled), () => context.Say(ComplaintTexts.GuestBookNeeded));

        dialog.Reading(
                ComplaintStep.ChoosingCategory,
                "ask category",
                () => context.Ask(ComplaintTexts.ChooseCategory, ComplaintCategories.All.Select(c => new Choice(CategoryPrefix + c.Id, c.Label))),
                () => machine.FireAsync(categorise, Category(context)))
            .PermitIf(categorise, ComplaintStep.Describing, category => category is not null, "category")
            .PermitReentryIf(categorise, category => category is null, "refused");

        dialog.Reading(
                ComplaintStep.Describing,
                "ask description",
                () => context.Say(ComplaintTexts.Describe, Formats.Number(MaxDescriptionLength, context.Language)),
                () => ReadDescriptionAsync(context, state, machine, describe))
            .OnEntryFrom(categorise, category => state.Category = category, "note category")
            .PermitIf(describe, ComplaintStep.Attaching, text => text is not null && state.Attachments.Count == 0, "no attachment yet")
            .PermitIf(describe, ComplaintStep.Confirming, text => text is not null && state.Attachments.Count > 0, "attached")
            .PermitReentryIf(describe, text => text is null, "refused");

        dialog.Reading(
                ComplaintStep.Attaching,
                "ask attachment",
                () => context.Ask(ComplaintTexts.AskAttachment, [new Choice(SkipChoice, ComplaintTexts.Skip)]),
                () => ReadAttachmentAsync(context, state, machine))
            .Permit(ComplaintTrigger.Attach, ComplaintStep.Confirming)
            .Permit(ComplaintTrigger.Skip, ComplaintStep.Confirming);

        dialog.Reading(
                ComplaintStep.Confirming,
                "summary",
                () => AskConfirm(context, state),
                () => machine.FireAsync(choose, context.Chosen(ComplaintTexts.PickConfirm, SendChoice, EditChoice, CancelChoice)))
            .PermitIf(choose, ComplaintStep.Sent, choice => choice == SendChoice, "send")
            .PermitIf(choose, ComplaintStep.Describing, choice => choice == EditChoice, "edit")
            .PermitIf(choose, ComplaintStep.Discarded, choice => choice == CancelChoice, "cancel")
            .PermitReentryIf(choose, choice => choice is null, "refused");
        dialog.Ending(ComplaintStep.Sent, "open ticket, acknowledge", DialogOutcome.End(), async () =>
        {
            var receipt = await desk.OpenAsync(
                new TicketRequest(TicketKind.Complaint, state.Category!, state.Description!, state.Attachments), cancellationToken);
            Acknowledge(context, receipt);
        });
        dialog.Ending(ComplaintStep.Discarded, "discard", DialogOutcome.End(DialogResult.Cancelled), () => context.Say(ComplaintTexts.Discarded));
        return dialog;
    }

    private static string? Category(TurnContext context)
    {
        var category = ComplaintCategories.All.FirstOrDefault(c => CategoryPrefix + c.Id == context.ChoiceId).Id;
        if (category is null)
        {
            context.BadAnswer(ComplaintTexts.PickCategory);
        }

        return category;
    }

    /// <summary>The description (with any files sent along). Too long a text is refused without repeating the question: the user still has it and is asked to shorten it.</summary>
    private static Task ReadDescriptionAsync(
        TurnContext context,
        ComplaintState state,
        StateMachine<ComplaintStep, ComplaintTrigger> machine,
        StateMachine<ComplaintStep, ComplaintTrigger>.TriggerWithParameters<string?> describe)
    {
        if (context.Text is not { } text)
        {
            context.BadAnswer(ComplaintTexts.DescriptionMissing);
            return machine.FireAsync(describe, null);
        }

        if (text.Length > MaxDescriptionLength)
        {
            context.BadAnswer(ComplaintTexts.DescriptionTooLong, Formats.Number(text.Length, context.Language), Formats.Number(MaxDescriptionLength, context.Language));
            return Task.CompletedTask;
        }

        state.Description = text;
        state.Attachments.AddRange(context.Inbound.Attachments);
        return machine.FireAsync(describe, text);
    }

    private static Task ReadAttachmentAsync(TurnContext context, ComplaintState state, StateMachine<ComplaintStep, ComplaintTrigger> machine)
    {
        if (context.Inbound.Attachments.Count > 0)
        {
            state.Attachments.AddRange(context.Inbound.Attachments);
            return machine.FireAsync(ComplaintTrigger.Attach);
        }

        if (context.ChoiceId == SkipChoice)
        {
            return machine.FireAsync(ComplaintTrigger.Skip);
        }

        context.BadAnswer(ComplaintTexts.AttachmentOrSkip);
        return machine.FireAsync(ComplaintTrigger.Reprompt);
    }

    private static void AskConfirm(TurnContext context, ComplaintState state)
    {
        var description = state.Description ?? "";
        var preview = description.Length > PreviewLength ? description[..PreviewLength] + "…" : description;
        var files = state.Attachments.Count == 0
            ? ComplaintTexts.NoAttachment.In(context.Language)
            : string.Join(", ", state.Attachments.Select(a => a.FileName ?? a.ContentType));
        context.Ask(
            ComplaintTexts.Confirm,
            [new Choice(SendChoice, ComplaintTexts.Send), new Choice(EditChoice, ComplaintTexts.Edit), new Choice(CancelChoice, ComplaintTexts.Cancel)],
            ComplaintCategories.LabelOf(state.Category ?? "").In(context.Language),
            preview,
            files);
    }

    private void Acknowledge(TurnContext context, TicketReceipt receipt)
    {
        // One message: the receipt and the other channels belong together, and the menu after it
        // stays a message of its own (joined, the two would not fit a phone screen).
        var text = ComplaintTexts.Acknowledged.In(context.Language, receipt.Number, Formats.Moment(receipt.AnswerExpectedBy, context.Language), desk.OfficeHours.In(context.Language));
        if (OtherChannels(context.Language) is { Length: > 0 } channels)
        {
            text += "\n\n" + ComplaintTexts.OtherChannels.In(context.Language, channels);
        }

        context.Send(new Outbound(text));
    }

    /// <summary>
    /// The standard's complaint channels from the office's content file (topic "channels"), so
    /// another office's numbers need no code change. Lines pointing back at this bot are left
    /// out: the user is already here.
    /// </summary>
    private string OtherChannels(Language language)
    {
        var topic = content.Topics.FirstOrDefault(t => t.Id == "channels");
        if (topic is null)
        {
            return "";
        }

        var lines = topic.Body.In(language).Split('\n')
            .Where(l => l.TrimStart().StartsWith('•') && !l.Contains("bot", StringComparison.OrdinalIgnoreCase));
        return string.Join("\n", lines);
    }
}
