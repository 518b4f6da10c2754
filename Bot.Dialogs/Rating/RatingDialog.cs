using System.Text.Json;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;

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

        return await Build(context, state, cancellationToken).FireAsync(RatingTrigger.Ask);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, RatingState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync();

    protected override Task OnRepromptAsync(TurnContext context, RatingState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for docs/complaints.md.</summary>
    public static string Graph() => new RatingDialog(null!).Build(null!, new RatingState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<RatingStep, RatingTrigger> Build(TurnContext context, RatingState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<RatingStep, RatingTrigger>(() => state.Step, s => state.Step = s, RatingTrigger.Reply, RatingTrigger.Reprompt);
        var machine = dialog.Machine;
        var rate = dialog.Carrying<int?>(RatingTrigger.Rate);
        var comment = dialog.Carrying<string?>(RatingTrigger.Comment);
        var choose = dialog.Carrying<string?>(RatingTrigger.Choose);
        var answer = dialog.Carrying<int?>(RatingTrigger.Answer);

        dialog.Configure(RatingStep.Start).Permit(RatingTrigger.Ask, RatingStep.AskingQuick);

        // The rating is optional: words instead of a score are the user moving on (a new search,
        // a question), so they are handled as such.
        dialog.Reading(
                RatingStep.AskingQuick,
                "quick question",
                () => context.Ask(RatingTexts.QuickQuestion, QuickChoices()),
                () => IsMovingOn(context)
                    ? machine.FireAsync(RatingTrigger.MoveOn)
                    : machine.FireAsync(rate, Score(context, QuickPrefix, RatingTexts.PickScore)))
            .PermitIf(rate, RatingStep.AskingComment, score => score is not null, "score")
            .PermitReentryIf(rate, score => score is null, "refused")
            .Permit(RatingTrigger.MoveOn, RatingStep.MovedOn);
        dialog.Ending(RatingStep.MovedOn, "handle the words as a new message", DialogOutcome.Pass);

        dialog.Reading(
                RatingStep.AskingComment,
                "comment or skip",
                () => context.Ask(RatingTexts.CommentQuestion, [new Choice(SkipChoice, RatingTexts.Skip)]),
                () => ReadCommentAsync(context, machine, comment))
            .OnEntryFromAsync(rate, score => ratings.SaveQuickAsync(state.EventKey, score!.Value, cancellationToken), "save the score")
            .PermitIf(comment, RatingStep.OfferingSurvey, text => text is not null, "comment")
            .PermitReentryIf(comment, text => text is null, "refused")
            .Permit(RatingTrigger.Skip, RatingStep.OfferingSurvey);

        dialog.Reading(
                RatingStep.OfferingSurvey,
                "offer the survey",
                () => context.Ask(RatingTexts.SurveyOffer, [new Choice(YesChoice, RatingTexts.SurveyYes), new Choice(NoChoice, RatingTexts.SurveyNo)]),
                () => ReadOfferAsync(context, machine, choose))
            .OnEntryFromAsync(comment, text => ratings.SaveCommentAsync(state.EventKey, text!, cancellationToken), "save the comment")
            .PermitIf(choose, RatingStep.Surveying, choice => choice == YesChoice, "yes")
            .PermitIf(choose, RatingStep.Declined, choice => choice == NoChoice, "no")
            .PermitReentryIf(choose, choice => choice is null, "refused")
            .Permit(RatingTrigger.MoveOn, RatingStep.MovedOn);
        dialog.Ending(RatingStep.Declined, "thank", DialogOutcome.End(), () => context.Say(RatingTexts.ThanksQuick));

        // A valid answer is added before the guards look at how many there are.
        dialog.Reading(
                RatingStep.Surveying,
                "ask the next element",
                () => AskElement(context, state),
                () => machine.FireAsync(answer, Score(context, AnswerPrefix, RatingTexts.PickScore) is { } score ? Added(state, score) : null))
            .PermitReentryIf(answer, score => score is not null && state.Answers.Count < SkmElements.All.Count, "more elements")
            .PermitIf(answer, RatingStep.Done, score => score is not null && state.Answers.Count == SkmElements.All.Count, "all nine answered")
            .PermitReentryIf(answer, score => score is null, "refused");
        dialog.Ending(RatingStep.Done, "save the survey", DialogOutcome.End(), async () =>
        {
            await ratings.SaveSurveyAsync(state.EventKey, state.Answers, cancellationToken);
            context.Say(RatingTexts.ThanksSurvey);
        });
        return dialog;
    }

    /// <summary>A comment, or the skip button. Too long a comment is refused without repeating the question (the user still has the text).</summary>
    private static Task ReadCommentAsync(
        TurnContext context,
        StateMachine<RatingStep, RatingTrigger> machine,
        StateMachine<RatingStep, RatingTrigger>.TriggerWithParameters<string?> comment)
    {
        if (context.ChoiceId == SkipChoice)
        {
            return machine.FireAsync(RatingTrigger.Skip);
        }

        if (context.Text is not { } text)
        {
            context.BadAnswer(RatingTexts.CommentOrSkip);
            return machine.FireAsync(comment, null);
        }

        if (text.Length > MaxCommentLength)
        {
            context.BadAnswer(RatingTexts.CommentTooLong, Formats.Number(text.Length, context.Language), Formats.Number(MaxCommentLength, context.Language));
            return Task.CompletedTask;
        }

        return machine.FireAsync(comment, text);
    }

    /// <summary>Yes or no; words instead are the user moving on, after a thank-you for the quick rating.</summary>
    private static Task ReadOfferAsync(
        TurnContext context,
        StateMachine<RatingStep, RatingTrigger> machine,
        StateMachine<RatingStep, RatingTrigger>.TriggerWithParameters<string?> choose)
    {
        if (context.ChoiceId is not (YesChoice or NoChoice) && IsMovingOn(context))
        {
            context.Say(RatingTexts.ThanksQuick);
            return machine.FireAsync(RatingTrigger.MoveOn);
        }

        return machine.FireAsync(choose, context.Chosen(RatingTexts.PickYesNo, YesChoice, NoChoice));
    }

    private static int Added(RatingState state, int score)
    {
        state.Answers.Add(score);
        return score;
    }

    /// <summary>Typed words (not a number or a button) while an optional question waits.</summary>
    private static bool IsMovingOn(TurnContext context) =>
        context.ChoiceId is null && context.Text is { Length: >= 3 } text && text.Any(char.IsLetter) && !int.TryParse(text, out _);

    private static void AskElement(TurnContext context, RatingState state)
    {
        var element = SkmElements.All[state.Answers.Count];
        context.Ask(
            RatingTexts.SurveyQuestion,
            element.Answers.Select((label, i) => new Choice(AnswerPrefix + (i + 1), label)),
            state.Answers.Count + 1,
            element.Question.In(context.Language));
    }

    private static IEnumerable<Choice> QuickChoices() =>
        s_quickLabels.Select((label, i) => new Choice(QuickPrefix + (i + 1), label));

    /// <summary>The 1–4 score of the pressed button, or null after saying <paramref name="refusal"/>.</summary>
    private static int? Score(TurnContext context, string prefix, Bilingual refusal)
    {
        if (context.ChoiceId is { } id && id.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(id.AsSpan(prefix.Length), out var score) && score is >= 1 and <= 4)
        {
            return score;
        }

        context.BadAnswer(refusal);
        return null;
    }
}
