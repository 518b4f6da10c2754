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

// Stored as numbers in the conversation frame: new steps go at the end.
public enum SearchStep
{
    Start,
    AwaitingQuery,
    ShowingResults,
    NoResults,

    // Where the dialog ends: back to the menu (or the dialog below), to staff, or the words handed on.
    Left,
    ToStaff,
    MovedOn,
}

public enum SearchTrigger
{
    AskQuery,

    /// <summary>A page of results, carrying the page.</summary>
    Found,
    NotFound,

    /// <summary>A result was chosen, carrying its publication id.</summary>
    Open,

    /// <summary>Leaving, carrying how the search ended for the dialog below.</summary>
    Leave,
    AskStaff,

    /// <summary>Words that are not a search: handled as a new message.</summary>
    MoveOn,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Show the current step again.</summary>
    Reprompt,
}
