using Bot.Dialogs.Routing;

namespace Bot.Host.Messaging;

/// <summary>
/// The turn being processed in this DI scope, for the ports dialogs call (user directory,
/// tickets…): they stage their rows on the same DbContext and see who the turn is for.
/// </summary>
public sealed class TurnScope
{
    private ConversationRecord? _record;
    private TurnContext? _context;
    private InboxMessage? _message;

    public ConversationRecord Conversation => _record ?? throw new InvalidOperationException("No turn is being processed in this scope.");

    public TurnContext Context => _context ?? throw new InvalidOperationException("No turn is being processed in this scope.");

    /// <summary>The stored message the turn answers; the turn saves changes to it.</summary>
    public InboxMessage Message => _message ?? throw new InvalidOperationException("No turn is being processed in this scope.");

    internal void Begin(ConversationRecord record, TurnContext context, InboxMessage message)
    {
        _record = record;
        _context = context;
        _message = message;
    }
}
