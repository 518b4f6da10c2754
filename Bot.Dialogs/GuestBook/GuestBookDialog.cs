using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;
using Stateless.Graph;

namespace Bot.Dialogs.GuestBook;

/// <summary>
/// Today's guest-book entry. Dialogs that read, download or hand over to staff start it with
/// <c>DialogOutcome.Begin(DialogNames.GuestBook)</c> every time: when the user has already
/// signed today (WITA) it ends at once, silently, with a succeeded result; otherwise it asks the
/// purpose and, optionally, what data they look for. With the argument
/// <see cref="ManualArgument"/> (the account menu) it says so when already signed.
/// </summary>
public sealed class GuestBookDialog(IGuestBook guestBook) : Dialog<GuestBookState>
{
    /// <summary>Started by the user themselves, not as a gate before reading.</summary>
    public const string ManualArgument = "manual";

    private const string PurposePrefix = "g:p:";
    private const string SkipChoice = "g:skip";
    private const int MaxLookingFor = 300;

    private static readonly IReadOnlyList<Choice> s_purposes =
    [
        new(PurposePrefix + VisitPurposes.Research, GuestBookTexts.PurposeResearch),
        new(PurposePrefix + VisitPurposes.Assignment, GuestBookTexts.PurposeAssignment),
        new(PurposePrefix + VisitPurposes.Work, GuestBookTexts.PurposeWork),
        new(PurposePrefix + VisitPurposes.Business, GuestBookTexts.PurposeBusiness),
        new(PurposePrefix + VisitPurposes.Personal, GuestBookTexts.PurposePersonal),
        new(PurposePrefix + VisitPurposes.Other, GuestBookTexts.PurposeOther),
    ];

    public override string Name => DialogNames.GuestBook;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, GuestBookState state, string? argument, CancellationToken cancellationToken)
    {
        if (context.Conversation.UserId is not { } userId)
        {
            context.Say(GuestBookTexts.NotRegistered);
            return DialogOutcome.End(DialogResult.Cancelled);
        }

        if (await guestBook.HasSignedTodayAsync(userId, cancellationToken))
        {
            if (argument == ManualArgument)
            {
                context.Say(GuestBookTexts.AlreadySigned);
            }

            return DialogOutcome.End(DialogResult.Completed);
        }

        Build(state).Fire(GuestBookTrigger.Ask);
        Ask(context, state);
        return DialogOutcome.Wait;
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, GuestBookState state, CancellationToken cancellationToken)
    {
        var machine = Build(state);
        if (state.Step == GuestBookStep.Purpose)
        {
            var purpose = context.ChoiceId is { } id && id.StartsWith(PurposePrefix, StringComparison.Ordinal)
                ? VisitPurposes.All.FirstOrDefault(p => p == id[PurposePrefix.Length..])
                : null;
            if (purpose is null)
            {
                context.BadAnswer(GuestBookTexts.BadPurpose);
                Ask(context, state);
                return DialogOutcome.Wait;
            }

            state.Purpose = purpose;
            machine.Fire(GuestBookTrigger.Purpose);
            Ask(context, state);
            return DialogOutcome.Wait;
        }

        string? lookingFor = null;
        if (context.ChoiceId != SkipChoice && !IsSkip(context.Text))
        {
            lookingFor = context.Text;
            if (lookingFor is null || lookingFor.Length > MaxLookingFor)
            {
                context.BadAnswer(GuestBookTexts.BadLookingFor);
                Ask(context, state);
                return DialogOutcome.Wait;
            }
        }

        if (context.Conversation.UserId is not { } userId)
        {
            return DialogOutcome.End(DialogResult.Cancelled);
        }

        await guestBook.SignAsync(userId, state.Purpose!, lookingFor, cancellationToken);
        context.Say(GuestBookTexts.Signed);
        return DialogOutcome.End(DialogResult.Completed);
    }

    protected override Task OnRepromptAsync(TurnContext context, GuestBookState state, CancellationToken cancellationToken)
    {
        Ask(context, state);
        return Task.CompletedTask;
    }

    /// <summary>The dialog's state graph in DOT, for docs/registration.md.</summary>
    public static string Graph() => UmlDotGraph.Format(Build(new GuestBookState()).GetInfo());

    private static void Ask(TurnContext context, GuestBookState state)
    {
        if (state.Step == GuestBookStep.LookingFor)
        {
            context.Ask(GuestBookTexts.AskLookingFor, [new Choice(SkipChoice, GuestBookTexts.Skip)]);
        }
        else
        {
            context.Ask(GuestBookTexts.AskPurpose, s_purposes);
        }
    }

    private static StateMachine<GuestBookStep, GuestBookTrigger> Build(GuestBookState state)
    {
        var machine = new StateMachine<GuestBookStep, GuestBookTrigger>(() => state.Step, s => state.Step = s);
        machine.Configure(GuestBookStep.Start).Permit(GuestBookTrigger.Ask, GuestBookStep.Purpose);
        machine.Configure(GuestBookStep.Purpose).Permit(GuestBookTrigger.Purpose, GuestBookStep.LookingFor);
        return machine;
    }

    private static bool IsSkip(string? text) =>
        TextNormalizer.Normalize(text) is "lewati" or "skip" or "tidak" or "tidak ada" or "lewat";
}
