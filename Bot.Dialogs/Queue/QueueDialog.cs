using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;

namespace Bot.Dialogs.Queue;

/// <summary>
/// A queue number for a visit at the office (`antri`, `ambil antrean`, the menu, `/start antri`):
/// choose the service, get the number with the visitors ahead and an estimated wait, and the
/// invitation to sign today's guest book now (registering first when needed), which starts the
/// five-minute clock. With the argument <see cref="MineArgument"/> it shows the place, with
/// <see cref="CancelArgument"/> it gives the number up.
/// </summary>
public sealed class QueueDialog(IQueueDesk desk, ServiceContent content, IGuestBook? guestBook = null) : Dialog<QueueState>
{
    public const string MineArgument = "mine";
    public const string CancelArgument = "cancel";

    private const string ServicePrefix = "q:s:";
    private const string FillNowChoice = "q:gb";
    private const string LaterChoice = "q:later";

    public override string Name => DialogNames.Queue;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, QueueState state, string? argument, CancellationToken cancellationToken)
    {
        var dialog = Build(context, state, cancellationToken);
        switch (argument)
        {
            case MineArgument:
                return await dialog.FireAsync(QueueTrigger.ShowMine);
            case CancelArgument:
                return await dialog.FireAsync(QueueTrigger.GiveUp);
        }

        if (await desk.FindMineAsync(cancellationToken) is { } mine)
        {
            return await dialog.FireAsync(dialog.Carrying<QueuePlace>(QueueTrigger.Have), mine);
        }

        // With one service there is nothing to choose.
        var services = content.QueueServices.Services;
        return await dialog.FireAsync(dialog.Carrying<QueueService?>(QueueTrigger.Take), services.Count == 1 ? services[0] : null);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, QueueState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync();

    /// <summary>Registration or the guest book, started from the invitation, has ended.</summary>
    protected override Task<DialogOutcome> OnResumeAsync(TurnContext context, QueueState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        var dialog = Build(context, state, cancellationToken);
        return dialog.FireAsync(dialog.Carrying<bool>(QueueTrigger.Returned), childResult.Succeeded && context.Conversation.UserId is not null);
    }

    protected override Task OnRepromptAsync(TurnContext context, QueueState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for the docs.</summary>
    public static string Graph() =>
        new QueueDialog(null!, null!).Build(null!, new QueueState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<QueueStep, QueueTrigger> Build(TurnContext context, QueueState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<QueueStep, QueueTrigger>(() => state.Step, s => state.Step = s, QueueTrigger.Reply, QueueTrigger.Reprompt);
        var machine = dialog.Machine;
        var have = dialog.Carrying<QueuePlace>(QueueTrigger.Have);
        var take = dialog.Carrying<QueueService?>(QueueTrigger.Take);
        var choose = dialog.Carrying<string?>(QueueTrigger.Choose);
        var returned = dialog.Carrying<bool>(QueueTrigger.Returned);
        bool Open() => desk.IsOpen(context.Now);

        dialog.Configure(QueueStep.Start)
            .Permit(QueueTrigger.ShowMine, QueueStep.ShowingMine)
            .Permit(QueueTrigger.GiveUp, QueueStep.GivenUp)
            .Permit(QueueTrigger.Have, QueueStep.HadNumber)
            .PermitIf(take, QueueStep.Closed, _ => !Open(), "closed")
            .PermitIf(take, QueueStep.Service, service => service is null && Open(), "several services")
            .PermitIf(take, QueueStep.Taking, service => service is not null && Open(), "one service");
        dialog.Ending(QueueStep.ShowingMine, "show the place", DialogOutcome.End(), () => ShowMineAsync(context, cancellationToken));
        dialog.Ending(QueueStep.GivenUp, "give the number up", DialogOutcome.End(), async () =>
        {
            var given = await desk.GiveUpAsync(cancellationToken);
            context.Say(given is null ? QueueTexts.NoNumber : QueueTexts.GivenUp, given);
        });
        dialog.Ending(QueueStep.HadNumber, "say the number held", DialogOutcome.End())
            .OnEntryFrom(have, mine => SayHeld(context, mine), "say the number held");
        dialog.Ending(QueueStep.Closed, "say the office is closed", DialogOutcome.End(), () => context.Say(QueueTexts.Closed, desk.OfficeHours.In(context.Language)));

        dialog.Reading(
                QueueStep.Service,
                "ask service",
                () => AskService(context),
                () => machine.FireAsync(take, Service(context)))
            .PermitIf(take, QueueStep.Closed, service => service is not null && !Open(), "closed")
            .PermitIf(take, QueueStep.Taking, service => service is not null && Open(), "service")
            .PermitReentryIf(take, service => service is null, "refused");

        // The number is taken on the way in; the guest book decides what follows.
        dialog.Configure(QueueStep.Taking)
            .OnEntryFromAsync(take, service => TakeAsync(context, state, machine, service!, cancellationToken), "take a number")
            .Permit(QueueTrigger.Ready, QueueStep.Ready)
            .Permit(QueueTrigger.SignedEarlier, QueueStep.Ready)
            .Permit(QueueTrigger.Invite, QueueStep.Invite);
        dialog.Ending(QueueStep.Ready, "say the number is ready", DialogOutcome.End(), () => context.Say(QueueTexts.GuestBookReady, state.Number))
            .OnEntryFromAsync(QueueTrigger.SignedEarlier, () => desk.GuestBookDoneAsync(cancellationToken), "record the guest book")
            .OnEntryFromAsync(returned, _ => desk.GuestBookDoneAsync(cancellationToken), "record the guest book");

        // Anything else than the two buttons (a question, a search) is the visitor moving on: the number stays.
        dialog.Reading(
                QueueStep.Invite,
                "invite to the guest book",
                () => Reinvite(context),
                () => context.ChoiceId is FillNowChoice or LaterChoice ? machine.FireAsync(choose, context.ChoiceId)
                    : context.Text is null ? machine.FireAsync(QueueTrigger.Reprompt)
                    : machine.FireAsync(QueueTrigger.MoveOn))
            .PermitIf(choose, QueueStep.Later, choice => choice == LaterChoice, "later")
            .PermitIf(choose, QueueStep.Registering, choice => choice == FillNowChoice && context.Conversation.UserId is null, "fill in now, not registered")
            .PermitIf(choose, QueueStep.GuestBook, choice => choice == FillNowChoice && context.Conversation.UserId is not null, "fill in now")
            .Permit(QueueTrigger.MoveOn, QueueStep.MovedOn);
        dialog.Ending(QueueStep.Later, "say the number stays", DialogOutcome.End(), () => context.Say(QueueTexts.GuestBookLater, state.Number));
        dialog.Ending(QueueStep.MovedOn, "handle the words as a new message", DialogOutcome.Pass);

        // Registration and the guest book run as children; this dialog resumes with how they ended.
        dialog.Ending(QueueStep.Registering, "start registration", DialogOutcome.Begin(DialogNames.Register))
            .PermitIf(returned, QueueStep.GuestBook, done => done, "registered")
            .PermitIf(returned, QueueStep.NotSigned, done => !done, "not registered");
        dialog.SigningGuestBook(QueueStep.GuestBook, returned, QueueStep.Ready, QueueStep.NotSigned);
        dialog.Ending(QueueStep.NotSigned, "say the guest book is still to sign", DialogOutcome.End(), () => context.Say(QueueTexts.GuestBookNotDone, state.Number));
        return dialog;
    }

    /// <summary>The chosen service (a button, or its letter or name typed), or null after saying so.</summary>
    private QueueService? Service(TurnContext context)
    {
        var service = context.ChoiceId is { } id && id.StartsWith(ServicePrefix, StringComparison.Ordinal)
            ? content.QueueServices.Find(id[ServicePrefix.Length..])
            : content.QueueServices.Find(context.Text?.Trim());
        if (service is null)
        {
            context.BadAnswer(QueueTexts.BadService);
        }

        return service;
    }

    private async Task TakeAsync(TurnContext context, QueueState state, StateMachine<QueueStep, QueueTrigger> machine, QueueService service, CancellationToken cancellationToken)
    {
        var place = await desk.TakeAsync(service.Letter, cancellationToken);
        state.Number = place.Number;
        SayPlace(context, place.AlreadyHad ? QueueTexts.AlreadyHave : QueueTexts.Taken, place);
        if (place.GuestBookDone)
        {
            await machine.FireAsync(QueueTrigger.Ready);
        }
        else if (context.Conversation.UserId is { } userId && guestBook is not null && await guestBook.HasSignedTodayAsync(userId, cancellationToken))
        {
            // A registered visitor who signed earlier today is ready at once (the desk records it).
            await machine.FireAsync(QueueTrigger.SignedEarlier);
        }
        else
        {
            await machine.FireAsync(QueueTrigger.Invite);
        }
    }

    private void SayHeld(TurnContext context, QueuePlace mine)
    {
        if (mine.Counter is { } counter)
        {
            context.Say(QueueTexts.MineCalled, mine.Number, counter);
        }
        else
        {
            SayPlace(context, QueueTexts.AlreadyHave, mine);
        }
    }

    private static void Reinvite(TurnContext context) =>
        context.Ask(QueueTexts.InviteGuestBook, [new Choice(FillNowChoice, QueueTexts.FillNow), new Choice(LaterChoice, QueueTexts.Later)]);

    private async Task ShowMineAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (await desk.FindMineAsync(cancellationToken) is not { } mine)
        {
            context.Say(QueueTexts.NoNumber);
        }
        else if (mine.Counter is { } counter)
        {
            context.Say(QueueTexts.MineCalled, mine.Number, counter);
        }
        else
        {
            SayPlace(context, QueueTexts.Mine, mine);
        }
    }

    private void SayPlace(TurnContext context, Bilingual text, QueuePlace place)
    {
        var name = content.QueueServices.Find(place.ServiceLetter)?.Name.In(context.Language) ?? place.ServiceLetter;
        context.Say(new Bilingual(text.Id + "\n" + QueueTexts.Hints.Id, text.En + "\n" + QueueTexts.Hints.En), place.Number, name, place.Ahead, place.EstimatedMinutes);
    }

    private void AskService(TurnContext context) =>
        context.Ask(QueueTexts.ChooseService, content.QueueServices.Services.Select(s => new Choice(ServicePrefix + s.Letter, s.Name)).ToList());
}
