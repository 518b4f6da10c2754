namespace Bot.Dialogs.Info;

/// <summary>The persisted state of <see cref="InfoDialog"/>.</summary>
public sealed class InfoState
{
    public InfoStep Step { get; set; } = InfoStep.Start;

    public string? TopicId { get; set; }
}

// Stored as numbers in the conversation frame: new steps go at the end.
public enum InfoStep
{
    Start,
    ChoosingTopic,
    ShowingTopic,

    // Where the dialog ends: back to the menu, or typed words read as a new message.
    Closed,
    MovedOn,
}

public enum InfoTrigger
{
    List,

    /// <summary>The topic to show, by its id.</summary>
    Choose,
    Done,
    MoveOn,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Ask the current question again.</summary>
    Reprompt,
}
