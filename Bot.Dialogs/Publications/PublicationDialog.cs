using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Rating;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Search;
using Bot.Dialogs.Texts;

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
        var dialog = Build(context, state, cancellationToken);
        return await catalog.GetAsync(state.PublicationId, cancellationToken) is { } publication
            ? await dialog.FireAsync(dialog.Carrying<PublicationDetail>(PublicationTrigger.Show), publication)
            : await dialog.FireAsync(PublicationTrigger.Missing);
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, PublicationState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync();

    /// <summary>The registration or guest book the request waited for has ended: the request goes on, or the detail comes back.</summary>
    protected override async Task<DialogOutcome> OnResumeAsync(TurnContext context, PublicationState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        var dialog = Build(context, state, cancellationToken);
        var publication = await catalog.GetAsync(state.PublicationId, cancellationToken);
        if (publication is null || state.Pending is not { } mode)
        {
            return await dialog.FireAsync(PublicationTrigger.Missing);
        }

        if (!childResult.Succeeded || context.Conversation.UserId is null)
        {
            return await dialog.FireAsync(dialog.Carrying<PublicationDetail>(PublicationTrigger.Unfinished), publication);
        }

        await RequestAsync(context, state, dialog, mode, cancellationToken);
        return dialog.Outcome;
    }

    protected override Task OnRepromptAsync(TurnContext context, PublicationState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for the docs.</summary>
    public static string Graph() => new PublicationDialog(null!, null!).Build(null!, new PublicationState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<PublicationStep, PublicationTrigger> Build(TurnContext context, PublicationState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<PublicationStep, PublicationTrigger>(() => state.Step, s => state.Step = s, PublicationTrigger.Reply, PublicationTrigger.Reprompt);
        var show = dialog.Carrying<PublicationDetail>(PublicationTrigger.Show);
        var unfinished = dialog.Carrying<PublicationDetail>(PublicationTrigger.Unfinished);
        var leave = dialog.Carrying<DialogResult>(PublicationTrigger.Leave);
        var deliver = dialog.Carrying<Delivery>(PublicationTrigger.Deliver);

        dialog.Configure(PublicationStep.Start)
            .Permit(show.Trigger, PublicationStep.Showing)
            .Permit(PublicationTrigger.Missing, PublicationStep.Gone);

        // Asking again shows the choices only: the detail is still above them.
        dialog.Configure(PublicationStep.Showing)
            .OnEntryFrom(show, publication => ShowDetail(context, publication), "show the detail")
            .InternalTransitionAsync(PublicationTrigger.Reply, _ => ReadAsync(context, state, dialog, cancellationToken))
            .InternalTransitionAsync(PublicationTrigger.Reprompt, _ => ShowActionsAsync(context, state, cancellationToken))
            .PermitReentry(show.Trigger)
            .Permit(PublicationTrigger.NeedRegistration, PublicationStep.Registering)
            .Permit(PublicationTrigger.NeedGuestBook, PublicationStep.SigningGuestBook)
            .Permit(deliver.Trigger, PublicationStep.Delivered)
            .Permit(leave.Trigger, PublicationStep.Left)
            .Permit(PublicationTrigger.Missing, PublicationStep.Gone);

        // The detours run as children; this dialog resumes with how they ended and goes on with the request.
        dialog.Ending(PublicationStep.Registering, "ask to register first", DialogOutcome.Begin(DialogNames.Register), () => context.Say(PublicationTexts.NeedRegistration))
            .InternalTransitionAsync(unfinished, (publication, _) => ShowAgainAsync(context, state, dialog, PublicationTexts.RegistrationNotDone, publication))
            .PermitReentry(PublicationTrigger.NeedRegistration)
            .Permit(PublicationTrigger.NeedGuestBook, PublicationStep.SigningGuestBook)
            .Permit(show.Trigger, PublicationStep.Showing)
            .Permit(deliver.Trigger, PublicationStep.Delivered)
            .Permit(PublicationTrigger.Missing, PublicationStep.Gone);
        dialog.Ending(PublicationStep.SigningGuestBook, "start the guest book", DialogOutcome.Begin(DialogNames.GuestBook))
            .InternalTransitionAsync(unfinished, (publication, _) => ShowAgainAsync(context, state, dialog, PublicationTexts.GuestBookNotDone, publication))
            .PermitReentry(PublicationTrigger.NeedGuestBook)
            .Permit(PublicationTrigger.NeedRegistration, PublicationStep.Registering)
            .Permit(show.Trigger, PublicationStep.Showing)
            .Permit(deliver.Trigger, PublicationStep.Delivered)
            .Permit(PublicationTrigger.Missing, PublicationStep.Gone);

        dialog.Ending(PublicationStep.Gone, "say it is unavailable", DialogOutcome.End(new DialogResult(false, SearchDialog.BackToResults)), () => context.Say(SearchTexts.Unavailable));
        dialog.Configure(PublicationStep.Left).OnEntryFrom(leave, result => dialog.End(DialogOutcome.End(result)), "back to the search");

        // The standard ends each service with a rating.
        dialog.Configure(PublicationStep.Delivered).OnEntryFrom(
            deliver,
            delivered =>
            {
                Send(context, delivered);
                dialog.End(DialogOutcome.Switch(DialogNames.Rating, RatingEvents.Delivery(delivered.Outcome.DeliveryId!)));
            },
            "send it, then the rating");
        return dialog;
    }

    /// <summary>Read, download, back to the results or a new search; typed words are a new search, as at the results.</summary>
    private Task ReadAsync(TurnContext context, PublicationState state, DialogMachine<PublicationStep, PublicationTrigger> dialog, CancellationToken cancellationToken)
    {
        var leave = dialog.Carrying<DialogResult>(PublicationTrigger.Leave);
        switch (context.ChoiceId)
        {
            case ReadChoice:
                return RequestAsync(context, state, dialog, DocumentMode.Read, cancellationToken);
            case DownloadChoice:
                return RequestAsync(context, state, dialog, DocumentMode.Download, cancellationToken);
            case BackChoice:
                return dialog.Machine.FireAsync(leave, new DialogResult(true, SearchDialog.BackToResults));
            case NewChoice:
                return dialog.Machine.FireAsync(leave, new DialogResult(true, SearchDialog.NewSearch));
        }

        return context.Text is { } text && context.ChoiceId is null
            ? dialog.Machine.FireAsync(leave, new DialogResult(true, SearchDialog.QueryPrefix + text))
            : dialog.Machine.FireAsync(PublicationTrigger.Reprompt);
    }

    /// <summary>A read or download: through registration and the guest book first when needed, then delivered (or refused with the detail shown again).</summary>
    private async Task RequestAsync(TurnContext context, PublicationState state, DialogMachine<PublicationStep, PublicationTrigger> dialog, DocumentMode mode, CancellationToken cancellationToken)
    {
        var machine = dialog.Machine;
        var publication = await catalog.GetAsync(state.PublicationId, cancellationToken);
        if (publication is null)
        {
            await machine.FireAsync(PublicationTrigger.Missing);
            return;
        }

        state.Pending = mode;
        var userId = context.Conversation.UserId;
        if (userId is null)
        {
            await machine.FireAsync(PublicationTrigger.NeedRegistration);
            return;
        }

        if (guestBook is not null && !await guestBook.HasSignedTodayAsync(userId, cancellationToken))
        {
            await machine.FireAsync(PublicationTrigger.NeedGuestBook);
            return;
        }

        state.Pending = null;
        var outcome = await delivery.DeliverAsync(userId, publication, mode, cancellationToken);
        switch (outcome.Status)
        {
            case DeliveryStatus.QuotaExceeded:
                context.Say(PublicationTexts.QuotaExceeded, outcome.QuotaPerDay);
                await machine.FireAsync(dialog.Carrying<PublicationDetail>(PublicationTrigger.Show), publication);
                return;
            case DeliveryStatus.Unavailable:
                context.Say(PublicationTexts.Unavailable);
                await machine.FireAsync(dialog.Carrying<PublicationDetail>(PublicationTrigger.Show), publication);
                return;
        }

        await machine.FireAsync(dialog.Carrying<Delivery>(PublicationTrigger.Deliver), new Delivery(publication, mode, outcome));
    }

    /// <summary>Says why the request stopped and shows the detail again, with nothing pending.</summary>
    private static Task ShowAgainAsync(TurnContext context, PublicationState state, DialogMachine<PublicationStep, PublicationTrigger> dialog, Bilingual reason, PublicationDetail publication)
    {
        context.Say(reason);
        state.Pending = null;
        return dialog.Machine.FireAsync(dialog.Carrying<PublicationDetail>(PublicationTrigger.Show), publication);
    }

    private async Task ShowActionsAsync(TurnContext context, PublicationState state, CancellationToken cancellationToken)
    {
        if (await catalog.GetAsync(state.PublicationId, cancellationToken) is null)
        {
            context.Say(SearchTexts.Unavailable);
            return;
        }

        context.Ask(PublicationTexts.WhatNext, Actions);
    }

    private static void Send(TurnContext context, Delivery delivered)
    {
        var (publication, mode, outcome) = delivered;
        if (mode == DocumentMode.Read)
        {
            context.Say(PublicationTexts.ReadLink, publication.Title, outcome.ReadUrl, Abstract(context, publication));
        }
        else
        {
            context.Send(new Outbound(PublicationTexts.DownloadSent.In(context.Language, publication.Title, outcome.DeliveryId)) { Document = outcome.Document });
        }
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

    private static string Abstract(TurnContext context, PublicationDetail publication) =>
        string.IsNullOrWhiteSpace(publication.Abstract)
            ? PublicationTexts.NoAbstract.In(context.Language)
            : Formats.Shorten(string.Join(' ', publication.Abstract.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), MaxAbstractLength);

    /// <summary>What was delivered, for the message that gives it.</summary>
    private sealed record Delivery(PublicationDetail Publication, DocumentMode Mode, DeliveryOutcome Outcome);
}
