using Bot.Dialogs.Content;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Stateless;
using Stateless.Graph;

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
        switch (argument)
        {
            case MineArgument:
                await ShowMineAsync(context, cancellationToken);
                return DialogOutcome.End();
            case CancelArgument:
                var given = await desk.GiveUpAsync(cancellationToken);
                context.Say(given is null ? QueueTexts.NoNumber : QueueTexts.GivenUp, given);
                return DialogOutcome.End();
        }

        if (await desk.FindMineAsync(cancellationToken) is { } mine)
        {
            if (mine.Counter is { } counter)
            {
                context.Say(QueueTexts.MineCalled, mine.Number, counter);
            }
            else
            {
                SayPlace(context, QueueTexts.AlreadyHave, mine);
            }

            return DialogOutcome.End();
        }

        if (!desk.IsOpen(context.Now))
        {
            context.Say(QueueTexts.Closed, desk.OfficeHours.In(context.Language));
            return DialogOutcome.End();
        }

        var services = content.QueueServices.Services;
        if (services.Count == 1)
        {
            return await TakeAsync(context, state, services[0], cancellationToken);
        }

        Build(state).Fire(QueueTrigger.AskService);
        AskService(context);
        return DialogOutcome.Wait;
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, QueueState state, CancellationToken cancellationToken)
    {
        if (state.Step == QueueStep.Service)
        {
            var service = context.ChoiceId is { } id && id.StartsWith(ServicePrefix, StringComparison.Ordinal)
                ? content.QueueServices.Find(id[ServicePrefix.Length..])
                : content.QueueServices.Find(context.Text?.Trim());
            if (service is null)
            {
                context.BadAnswer(QueueTexts.BadService);
                AskService(context);
                return DialogOutcome.Wait;
            }

            if (!desk.IsOpen(context.Now))
            {
                context.Say(QueueTexts.Closed, desk.OfficeHours.In(context.Language));
                return DialogOutcome.End();
            }

            return await TakeAsync(context, state, service, cancellationToken);
        }

        if (state.Step == QueueStep.Invite)
        {
            if (context.ChoiceId == LaterChoice)
            {
                context.Say(QueueTexts.GuestBookLater, state.Number);
                return DialogOutcome.End();
            }

            if (context.ChoiceId != FillNowChoice)
            {
                // Anything else (a question, a search) is the visitor moving on: the number stays.
                return context.Text is null ? Reinvite(context) : DialogOutcome.Pass;
            }

            var machine = Build(state);
            if (context.Conversation.UserId is null)
            {
                machine.Fire(QueueTrigger.Register);
                return DialogOutcome.Begin(DialogNames.Register);
            }

            machine.Fire(QueueTrigger.SignGuestBook);
            return DialogOutcome.Begin(DialogNames.GuestBook);
        }

        return DialogOutcome.End();
    }

    protected override async Task<DialogOutcome> OnResumeAsync(TurnContext context, QueueState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        if (!childResult.Succeeded || context.Conversation.UserId is null)
        {
            context.Say(QueueTexts.GuestBookNotDone, state.Number);
            return DialogOutcome.End();
        }

        if (state.Step == QueueStep.Registering)
        {
            Build(state).Fire(QueueTrigger.SignGuestBook);
            return DialogOutcome.Begin(DialogNames.GuestBook);
        }

        await desk.GuestBookDoneAsync(cancellationToken);
        context.Say(QueueTexts.GuestBookReady, state.Number);
        return DialogOutcome.End();
    }

    protected override Task OnRepromptAsync(TurnContext context, QueueState state, CancellationToken cancellationToken)
    {
        if (state.Step == QueueStep.Service)
        {
            AskService(context);
        }
        else if (state.Step == QueueStep.Invite)
        {
            Reinvite(context);
        }

        return Task.CompletedTask;
    }

    /// <summary>The dialog's state graph in DOT, for the docs.</summary>
    public static string Graph() => UmlDotGraph.Format(Build(new QueueState()).GetInfo());

    private async Task<DialogOutcome> TakeAsync(TurnContext context, QueueState state, QueueService service, CancellationToken cancellationToken)
    {
        var place = await desk.TakeAsync(service.Letter, cancellationToken);
        state.Number = place.Number;
        SayPlace(context, place.AlreadyHad ? QueueTexts.AlreadyHave : QueueTexts.Taken, place);
        if (place.GuestBookDone)
        {
            context.Say(QueueTexts.GuestBookReady, place.Number);
            return DialogOutcome.End();
        }

        // A registered visitor who signed earlier today is ready at once (the desk records it).
        if (context.Conversation.UserId is { } userId && guestBook is not null && await guestBook.HasSignedTodayAsync(userId, cancellationToken))
        {
            await desk.GuestBookDoneAsync(cancellationToken);
            context.Say(QueueTexts.GuestBookReady, place.Number);
            return DialogOutcome.End();
        }

        Build(state).Fire(QueueTrigger.Invite);
        return Reinvite(context);
    }

    private static DialogOutcome Reinvite(TurnContext context)
    {
        context.Ask(QueueTexts.InviteGuestBook, [new Choice(FillNowChoice, QueueTexts.FillNow), new Choice(LaterChoice, QueueTexts.Later)]);
        return DialogOutcome.Wait;
    }

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

    private static StateMachine<QueueStep, QueueTrigger> Build(QueueState state)
    {
        var machine = new StateMachine<QueueStep, QueueTrigger>(() => state.Step, s => state.Step = s);
        machine.Configure(QueueStep.Start)
            .Permit(QueueTrigger.AskService, QueueStep.Service)
            .Permit(QueueTrigger.Invite, QueueStep.Invite);
        machine.Configure(QueueStep.Service).Permit(QueueTrigger.Invite, QueueStep.Invite);
        machine.Configure(QueueStep.Invite)
            .Permit(QueueTrigger.Register, QueueStep.Registering)
            .Permit(QueueTrigger.SignGuestBook, QueueStep.GuestBook);
        machine.Configure(QueueStep.Registering).Permit(QueueTrigger.SignGuestBook, QueueStep.GuestBook);
        return machine;
    }
}
