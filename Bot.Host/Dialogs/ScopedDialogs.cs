using Bot.Dialogs.Routing;

namespace Bot.Host.Dialogs;

/// <summary>
/// The turn's dialogs, each built from the turn's scope when the router first asks for it.
/// Building all of them (with the users, catalogue, tickets, queue and ratings ports behind
/// them) on every turn was a measurable share of a turn's allocations (docs/durability.md, round 8).
/// </summary>
internal sealed class ScopedDialogs(IServiceProvider services) : IDialogs
{
    public IDialog? Find(string name) => services.GetKeyedService<IDialog>(name);
}
