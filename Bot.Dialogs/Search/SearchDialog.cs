using System.Text;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Texts;
using Bot.Dialogs.Understanding;
using Stateless;
using Stateless.Graph;

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
        if (string.IsNullOrWhiteSpace(argument))
        {
            Machine(state, context).Fire(SearchTrigger.AskQuery);
            return DialogOutcome.Wait;
        }

        return await SearchAsync(context, state, argument, 1, cancellationToken);
    }

    protected override async Task<DialogOutcome> OnContinueAsync(TurnContext context, SearchState state, CancellationToken cancellationToken)
    {
        switch (context.ChoiceId)
        {
            case MenuChoice:
                return DialogOutcome.End();
            case StaffChoice:
                return DialogOutcome.Switch(DialogNames.Staff);
            case NewChoice:
                Machine(state, context).Fire(SearchTrigger.AskQuery);
                return DialogOutcome.Wait;
            case NextChoice:
                return await NextPageAsync(context, state, cancellationToken);
            case SuggestionChoice when state.Suggestion is { } suggestion:
                return await SearchAsync(context, state, suggestion, 1, cancellationToken);
            case { } choice when choice.StartsWith(ResultPrefix, StringComparison.Ordinal):
                return DialogOutcome.Begin(DialogNames.Publication, choice[ResultPrefix.Length..]);
        }

        var text = context.Text;
        if (text is null)
        {
            // A button from an older message: show where we are.
            await OnRepromptAsync(context, state, cancellationToken);
            return DialogOutcome.Wait;
        }

        var normalized = TextNormalizer.Normalize(text);
        if (state.Step == SearchStep.ShowingResults && s_nextWords.Contains(normalized))
        {
            return await NextPageAsync(context, state, cancellationToken);
        }

        if (state.Step == SearchStep.AwaitingQuery)
        {
            // The visitor was asked what to look for: the text is the query.
            return await SearchAsync(context, state, SearchText.ToQuery(text), 1, cancellationToken);
        }

        if (state.Query is { } last && SearchText.Refine(text, last, context.Now) is { } refined)
        {
            return await SearchAsync(context, state, refined, 1, cancellationToken);
        }

        return DialogOutcome.Pass;
    }

    protected override async Task<DialogOutcome> OnResumeAsync(TurnContext context, SearchState state, DialogResult childResult, CancellationToken cancellationToken)
    {
        switch (childResult.Value)
        {
            case BackToResults when state.Query is not null:
                return await SearchAsync(context, state, state.Query, state.Page, cancellationToken);
            case NewSearch:
                Machine(state, context).Fire(SearchTrigger.AskQuery);
                return DialogOutcome.Wait;
            case { } value when value.StartsWith(QueryPrefix, StringComparison.Ordinal):
                var text = value[QueryPrefix.Length..];
                return state.Query is { } last && SearchText.Refine(text, last, context.Now) is { } refined
                    ? await SearchAsync(context, state, refined, 1, cancellationToken)
                    : DialogOutcome.Pass;
            default:
                return DialogOutcome.End(childResult);
        }
    }

    protected override async Task OnRepromptAsync(TurnContext context, SearchState state, CancellationToken cancellationToken)
    {
        if (state.Query is not null && state.Step is SearchStep.ShowingResults or SearchStep.NoResults)
        {
            await SearchAsync(context, state, state.Query, state.Page, cancellationToken);
        }
        else
        {
            context.Say(SearchTexts.AskQuery);
        }
    }

    /// <summary>The dialog's state graph in DOT, for the docs.</summary>
    public static string Graph() => UmlDotGraph.Format(Machine(new SearchState(), null).GetInfo());

    private async Task<DialogOutcome> NextPageAsync(TurnContext context, SearchState state, CancellationToken cancellationToken)
    {
        if (state.Query is null || state.Page * PageSize >= state.Total)
        {
            context.Say(SearchTexts.NoMorePages);
            await OnRepromptAsync(context, state, cancellationToken);
            return DialogOutcome.Wait;
        }

        return await SearchAsync(context, state, state.Query, state.Page + 1, cancellationToken);
    }

    private async Task<DialogOutcome> SearchAsync(TurnContext context, SearchState state, string query, int page, CancellationToken cancellationToken)
    {
        query = query.Trim();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
        }

        if (TextNormalizer.Normalize(query).Replace(" ", "", StringComparison.Ordinal).Length < 2)
        {
            context.BadAnswer(SearchTexts.QueryTooShort);
            return DialogOutcome.Wait;
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
            return DialogOutcome.Wait;
        }

        state.Query = query;
        state.Page = page;
        state.Total = result.Total;
        state.ShownIds = result.Hits.Select(h => h.Id).ToList();
        state.Suggestion = result.Total == 0 ? result.DidYouMean : null;
        var machine = Machine(state, context);
        if (result.Total == 0)
        {
            // Kept (scrubbed) so the office sees what visitors look for and do not find.
            await unanswered.RecordAsync(UnansweredText.Scrub(query), cancellationToken);
            machine.Fire(SearchTrigger.NotFound);
        }
        else
        {
            machine.Fire(SearchTrigger.Found);
            ShowResults(context, state, result);
        }

        return DialogOutcome.Wait;
    }

    private static StateMachine<SearchStep, SearchTrigger> Machine(SearchState state, TurnContext? context)
    {
        var machine = new StateMachine<SearchStep, SearchTrigger>(() => state.Step, s => state.Step = s);
        machine.Configure(SearchStep.Start)
            .Permit(SearchTrigger.AskQuery, SearchStep.AwaitingQuery)
            .Permit(SearchTrigger.Found, SearchStep.ShowingResults)
            .Permit(SearchTrigger.NotFound, SearchStep.NoResults);
        machine.Configure(SearchStep.AwaitingQuery)
            .OnEntry(() => context!.Say(SearchTexts.AskQuery))
            .PermitReentry(SearchTrigger.AskQuery)
            .Permit(SearchTrigger.Found, SearchStep.ShowingResults)
            .Permit(SearchTrigger.NotFound, SearchStep.NoResults);
        machine.Configure(SearchStep.ShowingResults)
            .PermitReentry(SearchTrigger.Found)
            .Permit(SearchTrigger.AskQuery, SearchStep.AwaitingQuery)
            .Permit(SearchTrigger.NotFound, SearchStep.NoResults);
        machine.Configure(SearchStep.NoResults)
            .OnEntry(() => ShowNoResults(context!, state))
            .PermitReentry(SearchTrigger.NotFound)
            .Permit(SearchTrigger.AskQuery, SearchStep.AwaitingQuery)
            .Permit(SearchTrigger.Found, SearchStep.ShowingResults);
        return machine;
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
