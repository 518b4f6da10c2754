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

// Stored as numbers in the conversation frame: new steps go at the end.
public enum ComplaintStep
{
    Start,
    SigningGuestBook,
    ChoosingCategory,
    Describing,
    Attaching,
    Confirming,

    // Where the dialog ends.
    Sent,
    Discarded,
    NoGuestBook,
}

public enum ComplaintTrigger
{
    NeedGuestBook,
    Ask,

    /// <summary>How the guest book the complaint waited for ended: signed or not.</summary>
    Signed,

    /// <summary>The chosen category, null when refused.</summary>
    Categorise,

    /// <summary>The description, null when refused.</summary>
    Describe,
    Attach,
    Skip,

    /// <summary>A pressed button on the summary, null when none of the offered ones.</summary>
    Choose,

    /// <summary>The user's message for the current step.</summary>
    Reply,

    /// <summary>Ask the current question again.</summary>
    Reprompt,
}
