namespace Bot.Dialogs.Routing;

/// <summary>
/// One conversation flow. Dialogs are resolved per turn and keep no state in fields: their
/// state lives in the conversation's <see cref="Model.DialogFrame"/> (see <see cref="Dialog{TState}"/>).
/// </summary>
public interface IDialog
{
    /// <summary>The unique name the router and other dialogs start it by.</summary>
    string Name { get; }

    Task<DialogOutcome> BeginAsync(TurnContext context, string? argument, CancellationToken cancellationToken);

    Task<DialogOutcome> ContinueAsync(TurnContext context, CancellationToken cancellationToken);

    /// <summary>A child dialog this one started has ended.</summary>
    Task<DialogOutcome> ResumeAsync(TurnContext context, DialogResult childResult, CancellationToken cancellationToken);

    /// <summary>Ask the current question again (after help, a language switch, or an expired prompt).</summary>
    Task RepromptAsync(TurnContext context, CancellationToken cancellationToken);
}
