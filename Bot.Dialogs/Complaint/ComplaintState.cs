using Bot.Dialogs.Model;

namespace Bot.Dialogs.Complaint;

/// <summary>The persisted state of <see cref="ComplaintDialog"/>.</summary>
public sealed class ComplaintState
{
    public ComplaintStep Step { get; set; } = ComplaintStep.Start;

    public string? Category { get; set; }

    public string? Description { get; set; }

    public List<InboundAttachment> Attachments { get; set; } = [];
}

public enum ComplaintStep
{
    Start,
    SigningGuestBook,
    ChoosingCategory,
    Describing,
    Attaching,
    Confirming,
    Sent,
}

public enum ComplaintTrigger
{
    NeedGuestBook,
    Ask,
    Choose,
    Describe,
    Attach,
    Edit,
    Send,
}
