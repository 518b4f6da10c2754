using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;

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
        var dialog = Build(context, state, cancellationToken);
        if (context.Conversation.UserId is not { } userId)
        {
            return await dialog.FireAsync(GuestBookTrigger.NotRegistered);
        }

        if (await guestBook.HasSignedTodayAsync(userId, cancellationToken))
        {
            return await dialog.FireAsync(dialog.Carrying<bool>(GuestBookTrigger.AlreadySigned), argument == ManualArgument);
        }

        return await dialog.FireAsync(GuestBookTrigger.Ask);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, GuestBookState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync();

    protected override Task OnRepromptAsync(TurnContext context, GuestBookState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for docs/registration.md.</summary>
    public static string Graph() =>
        new GuestBookDialog(null!).Build(null!, new GuestBookState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<GuestBookStep, GuestBookTrigger> Build(TurnContext context, GuestBookState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<GuestBookStep, GuestBookTrigger>(() => state.Step, s => state.Step = s, GuestBookTrigger.Reply, GuestBookTrigger.Reprompt);
        var machine = dialog.Machine;
        var already = dialog.Carrying<bool>(GuestBookTrigger.AlreadySigned);
        var purpose = dialog.Carrying<string?>(GuestBookTrigger.Purpose);
        var lookingFor = dialog.Carrying<string?>(GuestBookTrigger.LookingFor);

        dialog.Configure(GuestBookStep.Start)
            .Permit(GuestBookTrigger.NotRegistered, GuestBookStep.NotRegistered)
            .PermitIf(already, GuestBookStep.SaidSigned, manual => manual, "started by the user")
            .PermitIf(already, GuestBookStep.SignedBefore, manual => !manual, "a gate")
            .Permit(GuestBookTrigger.Ask, GuestBookStep.Purpose);
        dialog.Ending(GuestBookStep.NotRegistered, "say registration comes first", DialogOutcome.End(DialogResult.Cancelled), () => context.Say(GuestBookTexts.NotRegistered));
        dialog.Ending(GuestBookStep.SaidSigned, "say it is signed", DialogOutcome.End(DialogResult.Completed), () => context.Say(GuestBookTexts.AlreadySigned));

        // A gate before reading passes silently.
        dialog.Ending(GuestBookStep.SignedBefore, "pass", DialogOutcome.End(DialogResult.Completed));

        dialog.Reading(
                GuestBookStep.Purpose,
                "ask purpose",
                () => context.Ask(GuestBookTexts.AskPurpose, s_purposes),
                () => machine.FireAsync(purpose, Purpose(context)))
            .PermitIf(purpose, GuestBookStep.LookingFor, chosen => chosen is not null, "purpose")
            .PermitReentryIf(purpose, chosen => chosen is null, "refused");

        dialog.Reading(
                GuestBookStep.LookingFor,
                "ask what data, or skip",
                () => context.Ask(GuestBookTexts.AskLookingFor, [new Choice(SkipChoice, GuestBookTexts.Skip)]),
                () => context.ChoiceId == SkipChoice || IsSkip(context.Text)
                    ? machine.FireAsync(GuestBookTrigger.Skip)
                    : machine.FireAsync(lookingFor, LookingFor(context)))
            .OnEntryFrom(purpose, chosen => state.Purpose = chosen, "note purpose")
            .PermitIf(lookingFor, GuestBookStep.Signed, text => text is not null, "what data")
            .PermitReentryIf(lookingFor, text => text is null, "refused")
            .Permit(GuestBookTrigger.Skip, GuestBookStep.Signed);
        dialog.Ending(GuestBookStep.Signed, "sign", DialogOutcome.End(DialogResult.Completed))
            .OnEntryFromAsync(lookingFor, text => SignAsync(dialog, context, state, text, cancellationToken), "sign with what data")
            .OnEntryFromAsync(GuestBookTrigger.Skip, () => SignAsync(dialog, context, state, null, cancellationToken), "sign without");
        return dialog;
    }

    private static string? Purpose(TurnContext context)
    {
        var purpose = context.ChoiceId is { } id && id.StartsWith(PurposePrefix, StringComparison.Ordinal)
            ? VisitPurposes.All.FirstOrDefault(p => p == id[PurposePrefix.Length..])
            : null;
        if (purpose is null)
        {
            context.BadAnswer(GuestBookTexts.BadPurpose);
        }

        return purpose;
    }

    private static string? LookingFor(TurnContext context)
    {
        if (context.Text is not { Length: <= MaxLookingFor } text)
        {
            context.BadAnswer(GuestBookTexts.BadLookingFor);
            return null;
        }

        return text;
    }

    /// <summary>Signs today's entry; a chat that lost its user meanwhile ends cancelled, silently.</summary>
    private async Task SignAsync(DialogMachine<GuestBookStep, GuestBookTrigger> dialog, TurnContext context, GuestBookState state, string? lookingFor, CancellationToken cancellationToken)
    {
        if (context.Conversation.UserId is not { } userId)
        {
            dialog.End(DialogOutcome.End(DialogResult.Cancelled));
            return;
        }

        await guestBook.SignAsync(userId, state.Purpose!, lookingFor, cancellationToken);
        context.Say(GuestBookTexts.Signed);
    }

    private static bool IsSkip(string? text) =>
        TextNormalizer.Normalize(text) is "lewati" or "skip" or "tidak" or "tidak ada" or "lewat";
}
