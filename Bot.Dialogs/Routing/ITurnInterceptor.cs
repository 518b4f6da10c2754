namespace Bot.Dialogs.Routing;

/// <summary>
/// Runs before global words and dialogs, e.g. a staff handoff that takes the user's messages
/// while a ticket is open. Returns true when it handled the turn.
/// </summary>
public interface ITurnInterceptor
{
    Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken);
}
