using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Queue;

/// <summary>A visitor who deletes their data leaves their numbers as anonymous visits (times only) for the report.</summary>
internal sealed class QueueEraser(BotDbContext db, TurnScope turn) : Users.IUserDataEraser
{
    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var conversationId = turn.Conversation.Id;
        foreach (var ticket in await db.Set<QueueTicket>().Where(t => t.UserId == userId || t.ConversationId == conversationId).ToListAsync(cancellationToken))
        {
            ticket.UserId = null;
            ticket.ConversationId = null;
            ticket.Version++;
        }
    }
}
