namespace Bot.Dialogs.Info;

/// <summary>The persisted state of <see cref="InfoDialog"/>.</summary>
public sealed class InfoState
{
    public InfoStep Step { get; set; } = InfoStep.Start;

    public string? TopicId { get; set; }
}

public enum InfoStep
{
    Start,
    ChoosingTopic,
    ShowingTopic,
}

public enum InfoTrigger
{
    List,
    Choose,
}
