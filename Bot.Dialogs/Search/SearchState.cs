namespace Bot.Dialogs.Search;

/// <summary>The persisted state of <see cref="SearchDialog"/>.</summary>
public sealed class SearchState
{
    public SearchStep Step { get; set; } = SearchStep.Start;

    public string? Query { get; set; }

    public int Page { get; set; } = 1;

    public int Total { get; set; }

    /// <summary>The ids shown on the current page, in order, so "2" means the second of them.</summary>
    public List<string> ShownIds { get; set; } = [];

    public string? Suggestion { get; set; }
}

public enum SearchStep
{
    Start,
    AwaitingQuery,
    ShowingResults,
    NoResults,
}

public enum SearchTrigger
{
    AskQuery,
    Found,
    NotFound,
}
