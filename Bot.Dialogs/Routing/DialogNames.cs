namespace Bot.Dialogs.Routing;

/// <summary>The names dialogs are registered and started by.</summary>
public static class DialogNames
{
    public const string Info = "info";
    public const string Search = "search";
    public const string Register = "register";
    public const string Account = "account";
    public const string Rating = "rating";
    public const string Complaint = "complaint";
    public const string Staff = "staff";
    public const string GuestBook = "guestbook";
    public const string Publication = "publication";
    public const string Queue = "queue";
}
