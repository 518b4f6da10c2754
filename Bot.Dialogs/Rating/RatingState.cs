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

public enum RatingStep
{
    Start,
    AskingQuick,
    AskingComment,
    OfferingSurvey,
    Surveying,
    Done,
}

public enum RatingTrigger
{
    Ask,
    Rate,
    Comment,
    Decline,
    Accept,
    Answer,
    Finish,
}
