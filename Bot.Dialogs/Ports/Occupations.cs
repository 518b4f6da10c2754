namespace Bot.Dialogs.Ports;

/// <summary>The occupation groups a user registers with (stable codes, stored and reported).</summary>
public static class Occupations
{
    public const string Student = "student";
    public const string Researcher = "researcher";
    public const string Government = "government";
    public const string Private = "private";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Student, Researcher, Government, Private, Other];
}
