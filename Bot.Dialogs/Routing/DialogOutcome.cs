namespace Bot.Dialogs.Routing;

/// <summary>What a dialog wants the router to do after its step.</summary>
public sealed record DialogOutcome
{
    private DialogOutcome(OutcomeKind kind, string? dialog = null, string? argument = null, DialogResult? result = null)
    {
        Kind = kind;
        Dialog = dialog;
        Argument = argument;
        Result = result;
    }

    public OutcomeKind Kind { get; }

    /// <summary>The dialog to start, for <see cref="OutcomeKind.Begin"/> and <see cref="OutcomeKind.Switch"/>.</summary>
    public string? Dialog { get; }

    public string? Argument { get; }

    /// <summary>What the dialog hands back to the one below it, for <see cref="OutcomeKind.End"/>.</summary>
    public DialogResult? Result { get; }

    /// <summary>Stay active and wait for the user's next message.</summary>
    public static DialogOutcome Wait { get; } = new(OutcomeKind.Wait);

    /// <summary>Finish; the dialog below (or the main menu) takes over.</summary>
    public static DialogOutcome End(DialogResult? result = null) => new(OutcomeKind.End, result: result ?? DialogResult.Completed);

    /// <summary>Start a child dialog; this one resumes when the child ends.</summary>
    public static DialogOutcome Begin(string dialog, string? argument = null) => new(OutcomeKind.Begin, dialog, argument);

    /// <summary>
    /// Step aside: this dialog ends and the same message is handled by the dialog below, or at
    /// the main menu (e.g. a user who types a new search instead of an optional rating).
    /// </summary>
    public static DialogOutcome Pass { get; } = new(OutcomeKind.Pass);

    /// <summary>Replace this dialog with another.</summary>
    public static DialogOutcome Switch(string dialog, string? argument = null) => new(OutcomeKind.Switch, dialog, argument);
}

public enum OutcomeKind
{
    Wait,
    End,
    Begin,
    Switch,
    Pass,
}

/// <summary>How a child dialog ended, as its parent sees it.</summary>
public sealed record DialogResult(bool Succeeded, string? Value = null)
{
    public static DialogResult Completed { get; } = new(true);

    public static DialogResult Cancelled { get; } = new(false);
}
