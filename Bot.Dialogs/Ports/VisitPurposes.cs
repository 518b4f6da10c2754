namespace Bot.Dialogs.Ports;

/// <summary>The purposes of a visit the guest book records (stable codes, stored and reported).</summary>
public static class VisitPurposes
{
    public const string Research = "research";
    public const string Assignment = "assignment";
    public const string Work = "work";
    public const string Business = "business";
    public const string Personal = "personal";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Research, Assignment, Work, Business, Personal, Other];
}
