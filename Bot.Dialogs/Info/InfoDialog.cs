using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;

namespace Bot.Dialogs.Info;

/// <summary>Service information from the office's content file: requirements, procedure, cost, hours…</summary>
public sealed class InfoDialog(ServiceContent content) : Dialog<InfoState>
{
    private const string TopicPrefix = "i:";
    private const string ListChoice = "i:list";
    private const string DoneChoice = "i:done";

    public override string Name => DialogNames.Info;

    protected override Task<DialogOutcome> OnBeginAsync(TurnContext context, InfoState state, string? argument, CancellationToken cancellationToken)
    {
        var dialog = Build(context, state);
        return content.Topics.FirstOrDefault(t => t.Id == argument) is { } topic
            ? dialog.FireAsync(dialog.Carrying<string>(InfoTrigger.Choose), topic.Id)
            : dialog.FireAsync(InfoTrigger.List);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, InfoState state, CancellationToken cancellationToken) =>
        Build(context, state).ReplyAsync();

    protected override Task OnRepromptAsync(TurnContext context, InfoState state, CancellationToken cancellationToken) =>
        Build(context, state).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for docs/dialogs.</summary>
    public string Graph() => Build(null!, new InfoState()).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<InfoStep, InfoTrigger> Build(TurnContext context, InfoState state)
    {
        var dialog = new DialogMachine<InfoStep, InfoTrigger>(() => state.Step, s => state.Step = s, InfoTrigger.Reply, InfoTrigger.Reprompt);
        var choose = dialog.Carrying<string>(InfoTrigger.Choose);

        // Both states read the same buttons: another topic, the list, back to the menu.
        StateMachine<InfoStep, InfoTrigger>.StateConfiguration Topics(StateMachine<InfoStep, InfoTrigger>.StateConfiguration reading) =>
            reading
                .Permit(InfoTrigger.Done, InfoStep.Closed)
                .Permit(InfoTrigger.MoveOn, InfoStep.MovedOn);

        dialog.Configure(InfoStep.Start)
            .Permit(InfoTrigger.List, InfoStep.ChoosingTopic)
            .Permit(InfoTrigger.Choose, InfoStep.ShowingTopic);

        Topics(dialog.Reading(InfoStep.ChoosingTopic, "list topics", () => ListTopics(context), () => ReadAsync(context, dialog.Machine, choose)))
            .PermitReentry(InfoTrigger.List)
            .Permit(InfoTrigger.Choose, InfoStep.ShowingTopic);

        // The topic is noted before its entry shows it.
        dialog.Configure(InfoStep.ShowingTopic).OnEntryFrom(choose, id => state.TopicId = id, "note topic");
        Topics(dialog.Reading(InfoStep.ShowingTopic, "show the topic", () => ShowCurrent(context, state), () => ReadAsync(context, dialog.Machine, choose)))
            .PermitReentry(InfoTrigger.Choose)
            .Permit(InfoTrigger.List, InfoStep.ChoosingTopic);

        dialog.Ending(InfoStep.Closed, "back to the menu", DialogOutcome.End());

        // Typed text is read by the router exactly as at the menu ("berapa biayanya",
        // "inflasi tarakan"), so the answer does not depend on where the visitor is.
        dialog.Ending(InfoStep.MovedOn, "handle the words as a new message", DialogOutcome.Pass);
        return dialog;
    }

    /// <summary>A button of this dialog, a number typed instead of pressed, typed words, or a button from an older message.</summary>
    private Task ReadAsync(TurnContext context, StateMachine<InfoStep, InfoTrigger> machine, StateMachine<InfoStep, InfoTrigger>.TriggerWithParameters<string> choose)
    {
        var choice = context.ChoiceId;
        if (choice == DoneChoice)
        {
            return machine.FireAsync(InfoTrigger.Done);
        }

        if (choice == ListChoice)
        {
            return machine.FireAsync(InfoTrigger.List);
        }

        if (FindTopic(choice) is { } topic)
        {
            return machine.FireAsync(choose, topic.Id);
        }

        if (choice is null && int.TryParse(context.Text, out _))
        {
            context.BadAnswer(UnderstandingTexts.ChooseNumber);
            return machine.FireAsync(InfoTrigger.Reprompt);
        }

        if (choice is null)
        {
            return machine.FireAsync(InfoTrigger.MoveOn);
        }

        context.Say(UnderstandingTexts.StaleButton);
        return machine.FireAsync(InfoTrigger.Reprompt);
    }

    /// <summary>The noted topic; the list when the content no longer has it.</summary>
    private void ShowCurrent(TurnContext context, InfoState state)
    {
        if (content.Topics.FirstOrDefault(t => t.Id == state.TopicId) is { } topic)
        {
            ShowTopic(context, topic);
        }
        else
        {
            ListTopics(context);
        }
    }

    private InfoTopic? FindTopic(string? choice) =>
        choice is not null && choice.StartsWith(TopicPrefix, StringComparison.Ordinal)
            ? content.Topics.FirstOrDefault(t => t.Id == choice[TopicPrefix.Length..])
            : null;

    private void ListTopics(TurnContext context) =>
        context.Ask(InfoTexts.ChooseTopic, content.Topics.Select(t => new Choice(TopicPrefix + t.Id, t.Title)).Append(new Choice(DoneChoice, InfoTexts.BackToMenu)));

    private static void ShowTopic(TurnContext context, InfoTopic topic) =>
        context.Ask(topic.Body, [new Choice(ListChoice, InfoTexts.OtherTopics), new Choice(DoneChoice, InfoTexts.BackToMenu)]);
}
