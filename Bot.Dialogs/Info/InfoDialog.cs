using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;
using Stateless.Graph;

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
        var topic = content.Topics.FirstOrDefault(t => t.Id == argument);
        var machine = Build(state, context);
        if (topic is null)
        {
            machine.ListTopics();
        }
        else
        {
            machine.Choose(topic.Id);
        }

        return Task.FromResult(DialogOutcome.Wait);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, InfoState state, CancellationToken cancellationToken)
    {
        var machine = Build(state, context);
        var choice = context.ChoiceId;
        if (choice == DoneChoice)
        {
            return Task.FromResult(DialogOutcome.End());
        }

        if (choice == ListChoice)
        {
            machine.ListTopics();
            return Task.FromResult(DialogOutcome.Wait);
        }

        var topic = FindTopic(choice);
        if (topic is not null)
        {
            machine.Choose(topic.Id);
            return Task.FromResult(DialogOutcome.Wait);
        }

        if (choice is null && int.TryParse(context.Text, out _))
        {
            context.BadAnswer(UnderstandingTexts.ChooseNumber);
            Reprompt(context, state);
            return Task.FromResult(DialogOutcome.Wait);
        }

        if (choice is null)
        {
            // Typed text is read by the router exactly as at the menu ("berapa biayanya",
            // "inflasi tarakan"), so the answer does not depend on where the visitor is.
            return Task.FromResult(DialogOutcome.Pass);
        }

        // A button from an older message.
        context.Say(UnderstandingTexts.StaleButton);
        Reprompt(context, state);
        return Task.FromResult(DialogOutcome.Wait);
    }

    protected override Task OnRepromptAsync(TurnContext context, InfoState state, CancellationToken cancellationToken)
    {
        Reprompt(context, state);
        return Task.CompletedTask;
    }

    /// <summary>The dialog's state graph in DOT, for docs/dialogs.</summary>
    public string Graph() => UmlDotGraph.Format(Build(new InfoState(), null).Machine.GetInfo());

    private void Reprompt(TurnContext context, InfoState state)
    {
        if (state.Step == InfoStep.ShowingTopic && content.Topics.FirstOrDefault(t => t.Id == state.TopicId) is { } topic)
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

    private InfoMachine Build(InfoState state, TurnContext? context)
    {
        var machine = new StateMachine<InfoStep, InfoTrigger>(() => state.Step, s => state.Step = s);
        var choose = machine.SetTriggerParameters<string>(InfoTrigger.Choose);

        machine.Configure(InfoStep.Start)
            .Permit(InfoTrigger.List, InfoStep.ChoosingTopic)
            .Permit(InfoTrigger.Choose, InfoStep.ShowingTopic);
        machine.Configure(InfoStep.ChoosingTopic)
            .OnEntry(() => ListTopics(context!))
            .PermitReentry(InfoTrigger.List)
            .Permit(InfoTrigger.Choose, InfoStep.ShowingTopic);
        machine.Configure(InfoStep.ShowingTopic)
            .OnEntryFrom(choose, id =>
            {
                state.TopicId = id;
                ShowTopic(context!, content.Topics.First(t => t.Id == id));
            })
            .PermitReentry(InfoTrigger.Choose)
            .Permit(InfoTrigger.List, InfoStep.ChoosingTopic);
        return new InfoMachine(machine, choose);
    }

    private sealed record InfoMachine(StateMachine<InfoStep, InfoTrigger> Machine, StateMachine<InfoStep, InfoTrigger>.TriggerWithParameters<string> ChooseTrigger)
    {
        public void ListTopics() => Machine.Fire(InfoTrigger.List);

        public void Choose(string topicId) => Machine.Fire(ChooseTrigger, topicId);
    }

    private void ListTopics(TurnContext context) =>
        context.Ask(InfoTexts.ChooseTopic, content.Topics.Select(t => new Choice(TopicPrefix + t.Id, t.Title)).Append(new Choice(DoneChoice, InfoTexts.BackToMenu)));

    private static void ShowTopic(TurnContext context, InfoTopic topic) =>
        context.Ask(topic.Body, [new Choice(ListChoice, InfoTexts.OtherTopics), new Choice(DoneChoice, InfoTexts.BackToMenu)]);
}
