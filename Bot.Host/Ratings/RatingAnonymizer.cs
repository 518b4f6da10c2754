using Bot.Host.Storage;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Ratings;

/// <summary>
/// Makes a user's ratings anonymous and detaches their tickets when they delete their data
/// ("hapus data saya"): the statistics and the complaint history stay, nothing points back at
/// the person. Meant to be called from the account's data eraser (IUserDataEraser) in the
/// caller's transaction.
/// </summary>
internal sealed class RatingAnonymizer(BotDbContext db)
{
    public async Task AnonymizeAsync(string? userId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        await db.Set<ServiceRating>()
            .Where(r => (userId != null && r.UserId == userId) || (r.ConversationId != null && conversationIds.Contains(r.ConversationId)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.UserId, (string?)null)
                .SetProperty(r => r.ConversationId, (string?)null)
                .SetProperty(r => r.SubjectKey, r => "anon:" + r.Id), cancellationToken);

        // Tickets keep their text for the record; without a conversation, a staff reply is
        // answered in the group with "the user deleted their data".
        await db.Set<Ticket>()
            .Where(t => (userId != null && t.UserId == userId) || (t.ConversationId != null && conversationIds.Contains(t.ConversationId)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.UserId, (string?)null)
                .SetProperty(t => t.ConversationId, (string?)null), cancellationToken);
    }
}
