using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Search;
using Bot.Dialogs.Texts;
using Stateless;
using Stateless.Graph;

namespace Bot.Dialogs.Publications;

/// <summary>
/// A publication's detail with Read and Download. Both need a registered user with today's
/// guest-book entry: the dialog leads through registration and the guest book and then back
/// to the same publication, without the user retyping anything.
/// </summary>
public sealed class PublicationDialog(ICatalog catalog, IDocumentDelivery delivery, IGuestBook? guestBook = null) : Dialog<PublicationState>
{
    private const string ReadChoice = "p:read";
    private const string DownloadChoice = "p:dl";
    private const string BackChoice = "p:back";
    private const string NewChoice = "p:new";
    // Keeps the detail with its choices within a phone screen on WhatsApp (600 characters, 12 lines).
    private const int MaxAbstractLength = 280;

    public override string Name => DialogNames.Publication;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, PublicationState state, string? argument, CancellationToken cancellationToken)
    {
        state.PublicationId = argument ?? "";
        var publication = await catalog.GetAsync(state.PublicationId, cancellationToken);
        if (publication is null)
        {
            context.Say(SearchTexts.Unavailable);
            return DialogOutcome.End(new DialogResult(false, SearchDialog.BackToResults));
        }

        Machine(state, context, publication).Fire(PublicationTrigger.Show);
        return DialogOutcome.Wait;
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, PublicationState state, CancellationToken cancellationToken)
    {
        switch (context.ChoiceId)
        {
            case ReadChoice:
                return await RequestAsync(context, state, DocumentMode.Read, cancellationToken);
            case DownloadChoice:
                return await RequestAsync(context, state, DocumentMode.Download, cancellationToken);
            case BackChoice:
                return DialogOutcome.End(new DialogResult(true, SearchDialog.BackToResults));
            case NewChoice:
                return DialogOutcome.End(new DialogResult(true, SearchDialog.NewSearch));
        }

        if (context.Text is { } text && context.ChoiceId is null)
        {
            // Typing words here means a new search, as at the results.
            return DialogOutcome.End(new DialogResult(true, SearchDialog.QueryPrefix + text));
        }

        await OnRepromptAsync(context, state, cancellationToken);
        return DialogOutcome.Wait;
    }

    protected override async Task<DialogOutcome> OnResumeAsync(TurnContext context, PublicationState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        var mode = state.Pending;
        var publication = await catalog.GetAsync(state.PublicationId, cancellationToken);
        if (publication is null || mode is null)
        {
            context.Say(SearchTexts.Unavailable);
            return DialogOutcome.End(new DialogResult(false, SearchDialog.BackToResults));
        }

        var machine = Machine(state, context, publication);
        if (!childResult.Succeeded || context.Conversation.UserId is null)
        {
            context.Say(state.Step == PublicationStep.Registering ? PublicationTexts.RegistrationNotDone : PublicationTexts.GuestBookNotDone);
            state.Pending = null;
            machine.Fire(PublicationTrigger.Show);
            return DialogOutcome.Wait;
        }

        return await RequestAsync(context, state, mode.Value, cancellationToken);
    }

    protected override async Task OnRepromptAsync(TurnContext context, PublicationState state, CancellationToken cancellationToken)
    {
        var publication = await catalog.GetAsync(state.PublicationId, cancellationToken);
        if (publication is null)
        {
            context.Say(SearchTexts.Unavailable);
            return;
        }

        ShowActions(context);
    }

    /// <summary>The dialog's state graph in DOT, for the docs.</summary>
    public static string Graph() => UmlDotGraph.Format(Machine(new PublicationState(), null, null).GetInfo());

    private async Task<DialogOutcome> RequestAsync(TurnContext context, PublicationState state, DocumentMode mode, CancellationToken cancellationToken)
    {
        var publication = await catalog.GetAsync(state.PublicationId, cancellationToken);
        if (publication is null)
        {
            context.Say(SearchTexts.Unavailable);
            return DialogOutcome.End(new DialogResult(false, SearchDialog.BackToResults));
        }

        var machine = Machine(state, context, publication);
        state.Pending = mode;
        var userId = context.Conversation.UserId;
        if (userId is null)
        {
            machine.Fire(PublicationTrigger.NeedRegistration);
            return DialogOutcome.Begin(DialogNames.Register);
        }

        if (guestBook is not null && !await guestBook.HasSignedTodayAsync(userId, cancellationToken))
        {
            machine.Fire(PublicationTrigger.NeedGuestBook);
            return DialogOutcome.Begin(DialogNames.GuestBook);
        }

        state.Pending = null;
        var outcome = await delivery.DeliverAsync(userId, publication, mode, cancellationToken);
        switch (outcome.Status)
        {
            case DeliveryStatus.QuotaExceeded:
                context.Say(PublicationTexts.QuotaExceeded, outcome.QuotaPerDay);
                machine.Fire(PublicationTrigger.Show);
                return DialogOutcome.Wait;
            case DeliveryStatus.Unavailable:
                context.Say(PublicationTexts.Unavailable);
                machine.Fire(PublicationTrigger.Show);
                return DialogOutcome.Wait;
        }

        if (mode == DocumentMode.Read)
        {
            context.Say(PublicationTexts.ReadLink, publication.Title, outcome.ReadUrl, Abstract(context, publication));
        }
        else
        {
            context.Send(new Outbound(PublicationTexts.DownloadSent.In(context.Language, publication.Title, outcome.DeliveryId)) { Document = outcome.Document });
        }

        // The standard ends each service with a rating.
        return DialogOutcome.Switch(DialogNames.Rating, "delivery:" + outcome.DeliveryId);
    }

    private static StateMachine<PublicationStep, PublicationTrigger> Machine(PublicationState state, TurnContext? context, PublicationDetail? publication)
    {
        var machine = new StateMachine<PublicationStep, PublicationTrigger>(() => state.Step, s => state.Step = s);
        machine.Configure(PublicationStep.Start).Permit(PublicationTrigger.Show, PublicationStep.Showing);
        machine.Configure(PublicationStep.Showing)
            .OnEntryFrom(PublicationTrigger.Show, () => ShowDetail(context!, publication!))
            .PermitReentry(PublicationTrigger.Show)
            .Permit(PublicationTrigger.NeedRegistration, PublicationStep.Registering)
            .Permit(PublicationTrigger.NeedGuestBook, PublicationStep.SigningGuestBook);
        machine.Configure(PublicationStep.Registering)
            .OnEntry(() => context!.Say(PublicationTexts.NeedRegistration))
            .Permit(PublicationTrigger.Show, PublicationStep.Showing)
            .Permit(PublicationTrigger.NeedGuestBook, PublicationStep.SigningGuestBook)
            .PermitReentry(PublicationTrigger.NeedRegistration);
        machine.Configure(PublicationStep.SigningGuestBook)
            .Permit(PublicationTrigger.Show, PublicationStep.Showing)
            .Permit(PublicationTrigger.NeedRegistration, PublicationStep.Registering)
            .PermitReentry(PublicationTrigger.NeedGuestBook);
        return machine;
    }

    private static void ShowDetail(TurnContext context, PublicationDetail publication)
    {
        var language = context.Language;
        var title = publication.Subtitle is { Length: > 0 } subtitle ? $"{publication.Title}: {subtitle}" : publication.Title;
        if (publication is { IsPressRelease: true, ReleaseDate: { } released })
        {
            context.Ask(PublicationTexts.PressReleaseDetail, Actions, title, Formats.Date(released, language), publication.Pages,
                Formats.Size(publication.SizeBytes, language), Abstract(context, publication));
            return;
        }

        context.Ask(PublicationTexts.Detail, Actions, title, publication.Year, publication.CatalogNumber ?? "-", publication.PublicationNumber ?? "-",
            publication.Pages, Formats.Size(publication.SizeBytes, language), Abstract(context, publication));
    }

    private static readonly Choice[] Actions =
    [
        new(ReadChoice, PublicationTexts.Read),
        new(DownloadChoice, PublicationTexts.Download),
        new(BackChoice, PublicationTexts.BackToResults),
        new(NewChoice, PublicationTexts.SearchAgain),
    ];

    private static void ShowActions(TurnContext context) => context.Ask(PublicationTexts.WhatNext, Actions);

    private static string Abstract(TurnContext context, PublicationDetail publication) =>
        string.IsNullOrWhiteSpace(publication.Abstract)
            ? PublicationTexts.NoAbstract.In(context.Language)
            : Formats.Shorten(string.Join(' ', publication.Abstract.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), MaxAbstractLength);
}
