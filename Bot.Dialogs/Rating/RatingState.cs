namespace Bot.Dialogs.Rating;

/// <summary>The persisted state of <see cref="RatingDialog"/>.</summary>
public sealed class RatingState
{
    public RatingStep Step { get; set; } = RatingStep.Start;

    /// <summary>What is being rated; one rating per user and event.</summary>
    public string EventKey { get; set; } = "";

    /// <summary>SKM answers given so far, U1 first.</summary>
    public List<int> Answers { get; set; } = [];
}

// Stored as numbers in the conversation frame: new steps go at the end.
public enum RatingStep
{
    Start,
    AskingQuick,
    AskingComment,
    OfferingSurvey,
    Surveying,

    // Where the dialog ends: the survey answered, declined, or the user moving on.
    Done,
    Declined,
    MovedOn,
}

public enum RatingTrigger
{
    Ask,

    /// <summary>The quick score, null when refused.</summary>
    Rate,

    /// <summary>The comment, null when refused.</summary>
    Comment,
    Skip,

    /// <summary>A pressed button, null when none of the offered ones.</summary>
    Choose,

    /// <summary>A survey answer, null when refused.</summary>
    Answer,

    /// <summary>Words instead of an optional answer: handled as a new message.</summary>
    MoveOn,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Ask the current question again.</summary>
    Reprompt,
}
