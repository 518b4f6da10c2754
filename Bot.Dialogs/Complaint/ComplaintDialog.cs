using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;
using Stateless.Graph;

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

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, ComplaintState state, string? argument, CancellationToken cancellationToken)
    {
        var machine = Build(state);
        if (await GuestBookGate.MustSignAsync(context, guestBook, cancellationToken))
        {
            machine.Fire(ComplaintTrigger.NeedGuestBook);
            return DialogOutcome.Begin(DialogNames.GuestBook);
        }

        machine.Fire(ComplaintTrigger.Ask);
        Prompt(context, state);
        return DialogOutcome.Wait;
    }

    protected override Task<DialogOutcome> OnResumeAsync(TurnContext context, ComplaintState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        if (state.Step != ComplaintStep.SigningGuestBook)
        {
            Prompt(context, state);
            return Task.FromResult(DialogOutcome.Wait);
        }

        if (!childResult.Succeeded)
        {
            context.Say(ComplaintTexts.GuestBookNeeded);
            return Task.FromResult(DialogOutcome.End(DialogResult.Cancelled));
        }

        Build(state).Fire(ComplaintTrigger.Ask);
        Prompt(context, state);
        return Task.FromResult(DialogOutcome.Wait);
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, ComplaintState state, CancellationToken cancellationToken)
    {
        var machine = Build(state);
        var choice = context.ChoiceId;
        switch (state.Step)
        {
            case ComplaintStep.ChoosingCategory:
                var category = ComplaintCategories.All.FirstOrDefault(c => CategoryPrefix + c.Id == choice).Id;
                if (category is null)
                {
                    return Refuse(context, state, ComplaintTexts.PickCategory);
                }

                state.Category = category;
                machine.Fire(ComplaintTrigger.Choose);
                break;

            case ComplaintStep.Describing:
                if (context.Text is not { } text)
                {
                    return Refuse(context, state, ComplaintTexts.DescriptionMissing);
                }

                if (text.Length > MaxDescriptionLength)
                {
                    // Nothing is lost: the user still has the text and is asked to shorten it.
                    context.BadAnswer(ComplaintTexts.DescriptionTooLong, Formats.Number(text.Length, context.Language), Formats.Number(MaxDescriptionLength, context.Language));
                    return DialogOutcome.Wait;
                }

                state.Description = text;
                state.Attachments.AddRange(context.Inbound.Attachments);
                machine.Fire(state.Attachments.Count > 0 ? ComplaintTrigger.Attach : ComplaintTrigger.Describe);
                break;

            case ComplaintStep.Attaching:
                if (context.Inbound.Attachments.Count > 0)
                {
                    state.Attachments.AddRange(context.Inbound.Attachments);
                }
                else if (choice != SkipChoice)
                {
                    return Refuse(context, state, ComplaintTexts.AttachmentOrSkip);
                }

                machine.Fire(ComplaintTrigger.Attach);
                break;

            case ComplaintStep.Confirming when choice == SendChoice:
                var receipt = await desk.OpenAsync(
                    new TicketRequest(TicketKind.Complaint, state.Category!, state.Description!, state.Attachments), cancellationToken);
                machine.Fire(ComplaintTrigger.Send);
                Acknowledge(context, receipt);
                return DialogOutcome.End();

            case ComplaintStep.Confirming when choice == EditChoice:
                machine.Fire(ComplaintTrigger.Edit);
                break;

            case ComplaintStep.Confirming when choice == CancelChoice:
                context.Say(ComplaintTexts.Discarded);
                return DialogOutcome.End(DialogResult.Cancelled);

            case ComplaintStep.Confirming:
                return Refuse(context, state, ComplaintTexts.PickConfirm);

            default:
                return DialogOutcome.End();
        }

        Prompt(context, state);
        return DialogOutcome.Wait;
    }

    protected override Task OnRepromptAsync(TurnContext context, ComplaintState state, CancellationToken cancellationToken)
    {
        Prompt(context, state);
        return Task.CompletedTask;
    }

    /// <summary>The dialog's state graph in DOT, for docs/complaints.md.</summary>
    public static string Graph() => UmlDotGraph.Format(Build(new ComplaintState()).GetInfo());

    private static DialogOutcome Refuse(TurnContext context, ComplaintState state, Bilingual reason)
    {
        context.BadAnswer(reason);
        Prompt(context, state);
        return DialogOutcome.Wait;
    }

    private static StateMachine<ComplaintStep, ComplaintTrigger> Build(ComplaintState state)
    {
        var machine = new StateMachine<ComplaintStep, ComplaintTrigger>(() => state.Step, s => state.Step = s);
        machine.Configure(ComplaintStep.Start)
            .Permit(ComplaintTrigger.NeedGuestBook, ComplaintStep.SigningGuestBook)
            .Permit(ComplaintTrigger.Ask, ComplaintStep.ChoosingCategory);
        machine.Configure(ComplaintStep.SigningGuestBook).Permit(ComplaintTrigger.Ask, ComplaintStep.ChoosingCategory);
        machine.Configure(ComplaintStep.ChoosingCategory).Permit(ComplaintTrigger.Choose, ComplaintStep.Describing);
        machine.Configure(ComplaintStep.Describing)
            .Permit(ComplaintTrigger.Describe, ComplaintStep.Attaching)
            .Permit(ComplaintTrigger.Attach, ComplaintStep.Confirming);
        machine.Configure(ComplaintStep.Attaching).Permit(ComplaintTrigger.Attach, ComplaintStep.Confirming);
        machine.Configure(ComplaintStep.Confirming)
            .Permit(ComplaintTrigger.Edit, ComplaintStep.Describing)
            .Permit(ComplaintTrigger.Send, ComplaintStep.Sent);
        return machine;
    }

    private static void Prompt(TurnContext context, ComplaintState state)
    {
        switch (state.Step)
        {
            case ComplaintStep.ChoosingCategory:
                context.Ask(ComplaintTexts.ChooseCategory, ComplaintCategories.All.Select(c => new Choice(CategoryPrefix + c.Id, c.Label)));
                break;
            case ComplaintStep.Describing:
                context.Say(ComplaintTexts.Describe, Formats.Number(MaxDescriptionLength, context.Language));
                break;
            case ComplaintStep.Attaching:
                context.Ask(ComplaintTexts.AskAttachment, [new Choice(SkipChoice, ComplaintTexts.Skip)]);
                break;
            case ComplaintStep.Confirming:
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
                break;
        }
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
