using System.Text.Json;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;
using Stateless.Graph;

namespace Bot.Dialogs.Rating;

/// <summary>
/// The rating that ends every service: one quick question (1–4), an optional comment, then the
/// offer of the full SKM survey (nine elements, 1–4 each). Started with an event key
/// ("download:{id}", "ticket:{number}"); without one it rates the day's use of the service.
/// </summary>
public sealed class RatingDialog(IRatings ratings) : Dialog<RatingState>
{
    public const int MaxCommentLength = 1000;

    private const string QuickPrefix = "r:";
    private const string SkipChoice = "r:skip";
    private const string YesChoice = "r:yes";
    private const string NoChoice = "r:no";
    private const string AnswerPrefix = "s:";

    // The same shape Dialog<TState> persists, for frames prepared outside a turn of this dialog.
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private static readonly Bilingual[] s_quickLabels = [RatingTexts.Score1, RatingTexts.Score2, RatingTexts.Score3, RatingTexts.Score4];

    public override string Name => DialogNames.Rating;

    /// <summary>The event key of a rating started from the menu: one per user per day (WITA).</summary>
    public static string MenuEventKey(DateTimeOffset now) => $"menu:{Wita.Today(now):yyyy-MM-dd}";

    /// <summary>
    /// A frame already waiting for the quick answer, and its question, for a rating started
    /// outside the user's own turn (a staff member closing a ticket).
    /// </summary>
    public static (DialogFrame Frame, Outbound Question) Prepare(string eventKey, Language language)
    {
        var state = new RatingState { Step = RatingStep.AskingQuick, EventKey = eventKey };
        var question = new Outbound(RatingTexts.QuickQuestion.In(language))
        {
            Choices = QuickChoices().Select(c => new ChoiceOption(c.Id, c.Label.In(language))).ToList(),
        };
        return (new DialogFrame(DialogNames.Rating, JsonSerializer.Serialize(state, s_json)), question);
    }

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, RatingState state, string? argument, CancellationToken cancellationToken)
    {
        state.EventKey = string.IsNullOrWhiteSpace(argument) ? MenuEventKey(context.Now) : argument;
        if (await ratings.HasRatedAsync(state.EventKey, cancellationToken))
        {
            context.Say(RatingTexts.AlreadyRated);
            return DialogOutcome.End();
        }

        Build(state).Fire(RatingTrigger.Ask);
        Prompt(context, state);
        return DialogOutcome.Wait;
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, RatingState state, CancellationToken cancellationToken)
    {
        var machine = Build(state);
        switch (state.Step)
        {
            case RatingStep.AskingQuick:
                if (Score(context.ChoiceId, QuickPrefix) is not { } quick)
                {
                    // The rating is optional: words instead of a score are the user moving on
                    // (a new search, a question), so they are handled as such.
                    return IsMovingOn(context) ? DialogOutcome.Pass : Refuse(context, state, RatingTexts.PickScore);
                }

                await ratings.SaveQuickAsync(state.EventKey, quick, cancellationToken);
                machine.Fire(RatingTrigger.Rate);
                break;

            case RatingStep.AskingComment:
                if (context.ChoiceId != SkipChoice)
                {
                    if (context.Text is not { } comment)
                    {
                        return Refuse(context, state, RatingTexts.CommentOrSkip);
                    }

                    if (comment.Length > MaxCommentLength)
                    {
                        context.BadAnswer(RatingTexts.CommentTooLong, Formats.Number(comment.Length, context.Language), Formats.Number(MaxCommentLength, context.Language));
                        return DialogOutcome.Wait;
                    }

                    await ratings.SaveCommentAsync(state.EventKey, comment, cancellationToken);
                }

                machine.Fire(RatingTrigger.Comment);
                break;

            case RatingStep.OfferingSurvey when context.ChoiceId == NoChoice:
                machine.Fire(RatingTrigger.Decline);
                context.Say(RatingTexts.ThanksQuick);
                return DialogOutcome.End();

            case RatingStep.OfferingSurvey when context.ChoiceId == YesChoice:
                machine.Fire(RatingTrigger.Accept);
                break;

            case RatingStep.OfferingSurvey:
                if (IsMovingOn(context))
                {
                    context.Say(RatingTexts.ThanksQuick);
                    return DialogOutcome.Pass;
                }

                return Refuse(context, state, RatingTexts.PickYesNo);

            case RatingStep.Surveying:
                if (Score(context.ChoiceId, AnswerPrefix) is not { } answer)
                {
                    return Refuse(context, state, RatingTexts.PickScore);
                }

                state.Answers.Add(answer);
                if (state.Answers.Count == SkmElements.All.Count)
                {
                    await ratings.SaveSurveyAsync(state.EventKey, state.Answers, cancellationToken);
                    machine.Fire(RatingTrigger.Finish);
                    context.Say(RatingTexts.ThanksSurvey);
                    return DialogOutcome.End();
                }

                machine.Fire(RatingTrigger.Answer);
                break;

            default:
                return DialogOutcome.End();
        }

        Prompt(context, state);
        return DialogOutcome.Wait;
    }

    protected override Task OnRepromptAsync(TurnContext context, RatingState state, CancellationToken cancellationToken)
    {
        Prompt(context, state);
        return Task.CompletedTask;
    }

    /// <summary>The dialog's state graph in DOT, for docs/complaints.md.</summary>
    public static string Graph() => UmlDotGraph.Format(Build(new RatingState()).GetInfo());

    /// <summary>Typed words (not a number or a button) while an optional question waits.</summary>
    private static bool IsMovingOn(TurnContext context) =>
        context.ChoiceId is null && context.Text is { Length: >= 3 } text && text.Any(char.IsLetter) && !int.TryParse(text, out _);

    private static DialogOutcome Refuse(TurnContext context, RatingState state, Bilingual reason)
    {
        context.BadAnswer(reason);
        Prompt(context, state);
        return DialogOutcome.Wait;
    }

    private static StateMachine<RatingStep, RatingTrigger> Build(RatingState state)
    {
        var machine = new StateMachine<RatingStep, RatingTrigger>(() => state.Step, s => state.Step = s);
        machine.Configure(RatingStep.Start).Permit(RatingTrigger.Ask, RatingStep.AskingQuick);
        machine.Configure(RatingStep.AskingQuick).Permit(RatingTrigger.Rate, RatingStep.AskingComment);
        machine.Configure(RatingStep.AskingComment).Permit(RatingTrigger.Comment, RatingStep.OfferingSurvey);
        machine.Configure(RatingStep.OfferingSurvey)
            .Permit(RatingTrigger.Accept, RatingStep.Surveying)
            .Permit(RatingTrigger.Decline, RatingStep.Done);
        machine.Configure(RatingStep.Surveying)
            .PermitReentryIf(RatingTrigger.Answer, () => state.Answers.Count < SkmElements.All.Count, "more elements")
            .PermitIf(RatingTrigger.Finish, RatingStep.Done, () => state.Answers.Count == SkmElements.All.Count, "all nine answered");
        return machine;
    }

    private static void Prompt(TurnContext context, RatingState state)
    {
        switch (state.Step)
        {
            case RatingStep.AskingQuick:
                context.Ask(RatingTexts.QuickQuestion, QuickChoices());
                break;
            case RatingStep.AskingComment:
                context.Ask(RatingTexts.CommentQuestion, [new Choice(SkipChoice, RatingTexts.Skip)]);
                break;
            case RatingStep.OfferingSurvey:
                context.Ask(RatingTexts.SurveyOffer, [new Choice(YesChoice, RatingTexts.SurveyYes), new Choice(NoChoice, RatingTexts.SurveyNo)]);
                break;
            case RatingStep.Surveying:
                var element = SkmElements.All[state.Answers.Count];
                context.Ask(
                    RatingTexts.SurveyQuestion,
                    element.Answers.Select((label, i) => new Choice(AnswerPrefix + (i + 1), label)),
                    state.Answers.Count + 1,
                    element.Question.In(context.Language));
                break;
        }
    }

    private static IEnumerable<Choice> QuickChoices() =>
        s_quickLabels.Select((label, i) => new Choice(QuickPrefix + (i + 1), label));

    private static int? Score(string? choiceId, string prefix) =>
        choiceId is not null && choiceId.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(choiceId.AsSpan(prefix.Length), out var score) && score is >= 1 and <= 4
            ? score
            : null;
}
