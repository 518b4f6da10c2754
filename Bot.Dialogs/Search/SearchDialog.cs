using System.Text;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Dialogs.Understanding;
using Stateless;

namespace Bot.Dialogs.Search;

/// <summary>
/// Catalogue search in the chat: five results a page, choose by number or button, "lagi" for
/// the next page, and a "did you mean" with the offer to ask staff when nothing matches.
/// While results are shown, "yang 2023" or "tahun lalu" refines the last search; any other
/// text goes back to the router, which reads it exactly as at the menu.
/// </summary>
public sealed class SearchDialog(ICatalog catalog, IUnansweredLog unanswered) : Dialog<SearchState>
{
    public const int PageSize = 5;
    private const int MaxTitleInList = 64;
    private const int MaxQueryLength = 200;
    private const string ResultPrefix = "s:r:";
    private const string NextChoice = "s:next";
    private const string NewChoice = "s:new";
    private const string SuggestionChoice = "s:dym";
    private const string StaffChoice = "s:staff";
    private const string MenuChoice = "s:menu";

    /// <summary>Set by a child's result to come back to the results rather than leave.</summary>
    public const string BackToResults = "results";

    /// <summary>Set by a child's result to ask for a new query.</summary>
    public const string NewSearch = "new";

    /// <summary>A child's result "q:{text}" searches that text.</summary>
    public const string QueryPrefix = "q:";

    private static readonly HashSet<string> s_nextWords = ["lagi", "berikutnya", "selanjutnya", "next", "more", "lanjut"];

    public override string Name => DialogNames.Search;

    protected override async Task<DialogOutcome> OnBeginAsync(TurnContext context, SearchState state, string? argument, CancellationToken cancellationToken)
    {
        var dialog = Build(context, state, cancellationToken);
        if (string.IsNullOrWhiteSpace(argument))
        {
            return await dialog.FireAsync(SearchTrigger.AskQuery);
        }

        await SearchAsync(context, state, dialog, argument, 1, cancellationToken);
        return dialog.Outcome;
    }

    protected override Task<DialogOutcome> OnContinueAsync(TurnContext context, SearchState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).ReplyAsync();

    /// <summary>How the publication opened from the results ended: back to them, a new search, words to search, or leaving with it.</summary>
    protected override async Task<DialogOutcome> OnResumeAsync(TurnContext context, SearchState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        var dialog = Build(context, state, cancellationToken);
        switch (childResult.Value)
        {
            case BackToResults when state.Query is not null:
                await SearchAsync(context, state, dialog, state.Query, state.Page, cancellationToken);
                return dialog.Outcome;
            case NewSearch:
                return await dialog.FireAsync(SearchTrigger.AskQuery);
            case { } value when value.StartsWith(QueryPrefix, StringComparison.Ordinal):
                await RefineOrMoveOnAsync(context, state, dialog, value[QueryPrefix.Length..], cancellationToken);
                return dialog.Outcome;
            default:
                return await dialog.FireAsync(dialog.Carrying<DialogResult>(SearchTrigger.Leave), childResult);
        }
    }

    protected override Task OnRepromptAsync(TurnContext context, SearchState state, CancellationToken cancellationToken) =>
        Build(context, state, cancellationToken).RepromptAsync();

    /// <summary>The dialog's state graph in DOT, for the docs.</summary>
    public static string Graph() => new SearchDialog(null!, null!).Build(null!, new SearchState(), CancellationToken.None).Graph();

    /// <summary>The dialog as its diagram; <paramref name="context"/> is only used when the machine runs.</summary>
    private DialogMachine<SearchStep, SearchTrigger> Build(TurnContext context, SearchState state, CancellationToken cancellationToken)
    {
        var dialog = new DialogMachine<SearchStep, SearchTrigger>(() => state.Step, s => state.Step = s, SearchTrigger.Reply, SearchTrigger.Reprompt);
        var machine = dialog.Machine;
        var found = dialog.Carrying<CatalogPage>(SearchTrigger.Found);
        var open = dialog.Carrying<string>(SearchTrigger.Open);
        var leave = dialog.Carrying<DialogResult>(SearchTrigger.Leave);

        // Buttons of this or an older message work wherever the search stands (users tap old
        // ones), and every search ends in results or none: these transitions are the same in
        // each waiting step. Opening a result keeps the step, so coming back finds it as it was.
        foreach (var step in (SearchStep[])[SearchStep.Start, SearchStep.AwaitingQuery, SearchStep.ShowingResults, SearchStep.NoResults])
        {
            var configuration = dialog.Configure(step)
                .InternalTransition(open, (id, _) => dialog.End(DialogOutcome.Begin(DialogNames.Publication, id)))
                .Permit(leave.Trigger, SearchStep.Left)
                .Permit(SearchTrigger.AskStaff, SearchStep.ToStaff)
                .Permit(SearchTrigger.MoveOn, SearchStep.MovedOn);
            Go(configuration, step, SearchTrigger.AskQuery, SearchStep.AwaitingQuery);
            Go(configuration, step, found.Trigger, SearchStep.ShowingResults);
            Go(configuration, step, SearchTrigger.NotFound, SearchStep.NoResults);
        }

        // Before any search (a query too short to search, or a catalogue still loading): only buttons are read.
        dialog.Configure(SearchStep.Start)
            .InternalTransitionAsync(SearchTrigger.Reply, _ => ReadAsync(context, state, dialog, text => RefineOrMoveOnAsync(context, state, dialog, text, cancellationToken), cancellationToken))
            .InternalTransition(SearchTrigger.Reprompt, _ => context.Say(SearchTexts.AskQuery));

        // The visitor was asked what to look for: the text is the query.
        dialog.Reading(
            SearchStep.AwaitingQuery,
            "ask what to look for",
            () => context.Say(SearchTexts.AskQuery),
            () => ReadAsync(context, state, dialog, text => SearchAsync(context, state, dialog, SearchText.ToQuery(text), 1, cancellationToken), cancellationToken));

        // The hits are not kept, so showing the page again searches it again.
        dialog.Configure(SearchStep.ShowingResults)
            .OnEntryFrom(found, result => ShowResults(context, state, result), "show the page")
            .InternalTransitionAsync(SearchTrigger.Reply, _ => ReadAsync(context, state, dialog, text => s_nextWords.Contains(TextNormalizer.Normalize(text))
                ? NextPageAsync(context, state, dialog, cancellationToken)
                : RefineOrMoveOnAsync(context, state, dialog, text, cancellationToken), cancellationToken))
            .InternalTransitionAsync(SearchTrigger.Reprompt, _ => SearchAsync(context, state, dialog, state.Query!, state.Page, cancellationToken));

        // Kept (scrubbed) so the office sees what visitors look for and do not find.
        dialog.Configure(SearchStep.NoResults)
            .OnEntryAsync(
                async () =>
                {
                    await unanswered.RecordAsync(UnansweredText.Scrub(state.Query!), cancellationToken);
                    ShowNoResults(context, state);
                },
                "note the query, offer staff")
            .InternalTransitionAsync(SearchTrigger.Reply, _ => ReadAsync(context, state, dialog, text => RefineOrMoveOnAsync(context, state, dialog, text, cancellationToken), cancellationToken))
            .InternalTransitionAsync(SearchTrigger.Reprompt, _ => SearchAsync(context, state, dialog, state.Query!, state.Page, cancellationToken));

        dialog.Configure(SearchStep.Left).OnEntryFrom(leave, result => dialog.End(DialogOutcome.End(result)), "hand back how it ended");
        dialog.Ending(SearchStep.ToStaff, "hand over to staff", DialogOutcome.Switch(DialogNames.Staff));
        dialog.Ending(SearchStep.MovedOn, "handle the words as a new message", DialogOutcome.Pass);
        return dialog;
    }

    /// <summary>A transition to <paramref name="to"/>, re-entering it when the search already stands there.</summary>
    private static void Go(StateMachine<SearchStep, SearchTrigger>.StateConfiguration configuration, SearchStep from, SearchTrigger trigger, SearchStep to)
    {
        if (from == to)
        {
            configuration.PermitReentry(trigger);
        }
        else
        {
            configuration.Permit(trigger, to);
        }
    }

    /// <summary>The buttons, read the same in every step; typed text is read by the step (<paramref name="readText"/>).</summary>
    private Task ReadAsync(TurnContext context, SearchState state, DialogMachine<SearchStep, SearchTrigger> dialog, Func<string, Task> readText, CancellationToken cancellationToken)
    {
        var machine = dialog.Machine;
        switch (context.ChoiceId)
        {
            case MenuChoice:
                return machine.FireAsync(dialog.Carrying<DialogResult>(SearchTrigger.Leave), DialogResult.Completed);
            case StaffChoice:
                return machine.FireAsync(SearchTrigger.AskStaff);
            case NewChoice:
                return machine.FireAsync(SearchTrigger.AskQuery);
            case NextChoice:
                return NextPageAsync(context, state, dialog, cancellationToken);
            case SuggestionChoice when state.Suggestion is { } suggestion:
                return SearchAsync(context, state, dialog, suggestion, 1, cancellationToken);
            case { } choice when choice.StartsWith(ResultPrefix, StringComparison.Ordinal):
                return machine.FireAsync(dialog.Carrying<string>(SearchTrigger.Open), choice[ResultPrefix.Length..]);
        }

        // A button from an older message: show where we are.
        return context.Text is { } text ? readText(text) : machine.FireAsync(SearchTrigger.Reprompt);
    }

    /// <summary>"yang 2023" or "tahun lalu" refines the last search; any other text goes back to the router, which reads it exactly as at the menu.</summary>
    private Task RefineOrMoveOnAsync(TurnContext context, SearchState state, DialogMachine<SearchStep, SearchTrigger> dialog, string text, CancellationToken cancellationToken) =>
        state.Query is { } last && SearchText.Refine(text, last, context.Now) is { } refined
            ? SearchAsync(context, state, dialog, refined, 1, cancellationToken)
            : dialog.Machine.FireAsync(SearchTrigger.MoveOn);

    private Task NextPageAsync(TurnContext context, SearchState state, DialogMachine<SearchStep, SearchTrigger> dialog, CancellationToken cancellationToken)
    {
        if (state.Query is null || state.Page * PageSize >= state.Total)
        {
            context.Say(SearchTexts.NoMorePages);
            return dialog.Machine.FireAsync(SearchTrigger.Reprompt);
        }

        return SearchAsync(context, state, dialog, state.Query, state.Page + 1, cancellationToken);
    }

    /// <summary>Searches and fires what came of it; a query too short or a catalogue still loading is said, and the step stays.</summary>
    private async Task SearchAsync(TurnContext context, SearchState state, DialogMachine<SearchStep, SearchTrigger> dialog, string query, int page, CancellationToken cancellationToken)
    {
        query = query.Trim();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
        }

        if (TextNormalizer.Normalize(query).Replace(" ", "", StringComparison.Ordinal).Length < 2)
        {
            context.BadAnswer(SearchTexts.QueryTooShort);
            return;
        }

        var result = await catalog.SearchAsync(query, page, PageSize, cancellationToken);
        if (result.Hits.Count == 0 && page > 1)
        {
            page = 1;
            result = await catalog.SearchAsync(query, page, PageSize, cancellationToken);
        }

        if (result.Total == 0 && result.Preparing)
        {
            // First start: the catalogue is still loading, so "nothing matches" would be wrong.
            context.Say(SearchTexts.Preparing);
            return;
        }

        state.Query = query;
        state.Page = page;
        state.Total = result.Total;
        state.ShownIds = result.Hits.Select(h => h.Id).ToList();
        state.Suggestion = result.Total == 0 ? result.DidYouMean : null;
        if (result.Total == 0)
        {
            await dialog.Machine.FireAsync(SearchTrigger.NotFound);
        }
        else
        {
            await dialog.Machine.FireAsync(dialog.Carrying<CatalogPage>(SearchTrigger.Found), result);
        }
    }

    private static void ShowResults(TurnContext context, SearchState state, CatalogPage result)
    {
        var language = context.Language;
        var lines = new StringBuilder();
        var choices = new List<Choice>();
        for (var i = 0; i < result.Hits.Count; i++)
        {
            var hit = result.Hits[i];

            // Shortened so five results and the choices stay within a phone screen (600 characters).
            var title = Formats.Shorten(hit.Title, MaxTitleInList);
            lines.AppendLine(hit is { IsPressRelease: true, ReleaseDate: { } released }
                ? SearchTexts.PressReleaseLine.In(language, i + 1, title, Formats.Date(released, language), hit.Pages, Formats.Size(hit.SizeBytes, language))
                : SearchTexts.ResultLine.In(language, i + 1, title, hit.Year, hit.Pages, Formats.Size(hit.SizeBytes, language)));
            var label = $"{Formats.Shorten(hit.Title, 48)} ({hit.Year})";
            choices.Add(new Choice(ResultPrefix + hit.Id, new Bilingual(label, label)));
        }

        if (state.Page * PageSize < state.Total)
        {
            choices.Add(new Choice(NextChoice, SearchTexts.NextPage));
        }

        choices.Add(new Choice(NewChoice, SearchTexts.NewSearch));
        choices.Add(new Choice(MenuChoice, SearchTexts.Menu));
        var pages = (state.Total + PageSize - 1) / PageSize;
        var text = SearchTexts.Results.In(language, state.Query, Formats.Number(state.Total, language), state.Page, pages, lines.ToString().TrimEnd());

        // Each result is listed once on WhatsApp: numbered in the text with its details, not again as a choice line.
        context.Send(new Outbound(text) { Choices = context.Render(choices), ChoicesListedInText = result.Hits.Count });
    }

    private static void ShowNoResults(TurnContext context, SearchState state)
    {
        context.Say(SearchTexts.NoResults, state.Query);
        var choices = new List<Choice>();
        var question = SearchTexts.NoResultsHelp;
        if (state.Suggestion is { } suggestion)
        {
            question = SearchTexts.DidYouMean;
            choices.Add(new Choice(SuggestionChoice, new Bilingual(SearchTexts.SearchSuggestion.In(Language.Id, suggestion), SearchTexts.SearchSuggestion.In(Language.En, suggestion))));
        }

        choices.Add(new Choice(StaffChoice, SearchTexts.AskStaff));
        choices.Add(new Choice(MenuChoice, SearchTexts.Menu));
        context.Ask(question, choices, state.Suggestion);
    }
}
