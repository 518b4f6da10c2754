using Bot.Dialogs.Routing;

namespace Bot.Host.Messaging;

/// <summary>Handles a message from the staff group (ticket commands, replies to ticket posts) in a turn.</summary>
public interface IStaffTurnHandler
{
    Task HandleAsync(TurnContext context, CancellationToken cancellationToken);
}
