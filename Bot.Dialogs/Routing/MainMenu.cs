using Bot.Dialogs.Model;
using Bot.Dialogs.Texts;

namespace Bot.Dialogs.Routing;

/// <summary>The main menu's choices and where each leads.</summary>
public static class MainMenu
{
    public const string HelpChoice = "m:help";
    public const string QueueChoice = "m:queue";
    public const string StaffChoice = "m:staff";

    public static readonly IReadOnlyList<Choice> Choices =
    [
        new("m:search", RouterTexts.MenuSearch),
        new("m:account", RouterTexts.MenuAccount),
        new("m:info", RouterTexts.MenuInfo),
        new("m:rate", RouterTexts.MenuRate),
        new("m:complaint", RouterTexts.MenuComplaint),
        new(HelpChoice, RouterTexts.MenuHelp),

        // Last, so the numbers of the items above stay what regular users type.
        new(QueueChoice, QueueTexts.MenuTake),

        // A live chat, apart from the complaint (a ticket) that "Pengaduan" files.
        new(StaffChoice, RouterTexts.MenuStaff),
    ];

    /// <summary>The dialog a menu choice starts, or null for help or an unknown id.</summary>
    public static string? DialogFor(string choiceId) => choiceId switch
    {
        "m:search" => DialogNames.Search,
        "m:account" => DialogNames.Account,
        "m:info" => DialogNames.Info,
        "m:rate" => DialogNames.Rating,
        "m:complaint" => DialogNames.Complaint,
        QueueChoice => DialogNames.Queue,
        StaffChoice => DialogNames.Staff,
        _ => null,
    };
}
