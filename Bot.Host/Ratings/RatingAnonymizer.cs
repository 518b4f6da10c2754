using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Ratings;

/// <summary>
/// Makes a user's ratings anonymous and detaches their tickets when they delete their data
/// ("hapus data saya"): the statistics and the complaint history stay, nothing points back at
/// the person. <see cref="EraseAsync"/> has the shape of the registration branch's
/// IUserDataEraser, which this class should implement once both are merged.
/// </summary>
internal sealed class RatingAnonymizer(BotDbContext db, TurnScope turn, TimeProvider clock) : Users.IUserDataEraser
{
    /// <summary>What an erased ticket's description says instead.</summary>
    public const string ErasedText = "(dihapus atas permintaan pengguna · erased at the user's request)";

    /// <summary>Erases the user's links from the deleting turn (its conversation included).</summary>
    public Task EraseAsync(string userId, CancellationToken cancellationToken) =>
        AnonymizeAsync(userId, [turn.Conversation.Id], cancellationToken);

    /// <summary>
    /// Runs inside the caller's transaction (a turn's), so it commits or rolls back with it.
    /// Rating comments go too: they are free text that may identify, and the index needs only
    /// the scores.
    /// </summary>
    public async Task AnonymizeAsync(string? userId, IReadOnlyCollection<string> conversationIds, CancellationToken cancellationToken)
    {
        await db.Set<ServiceRating>()
            .Where(r => (userId != null && r.UserId == userId) || (r.ConversationId != null && conversationIds.Contains(r.ConversationId)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.UserId, (string?)null)
                .SetProperty(r => r.ConversationId, (string?)null)
                .SetProperty(r => r.Comment, (string?)null)
                .SetProperty(r => r.SubjectKey, r => "anon:" + r.Id), cancellationToken);

        // The ticket stays for the office's figures (kind, category, times), marked erased; what
        // the person wrote and what staff answered them goes, and so do the staff-group posts
        // that quoted it. Without a conversation, a staff reply is answered in the group with
        // "the user deleted their data".
        var tickets = db.Set<Ticket>()
            .Where(t => (userId != null && t.UserId == userId) || (t.ConversationId != null && conversationIds.Contains(t.ConversationId)));
        var erased = MessageJson.Serialize(new Bot.Dialogs.Model.Outbound(ErasedText));
        await db.Set<OutboxMessage>()
            .Where(m => m.Status != OutboxStatus.Pending && db.Set<TicketEntry>().Any(e => e.StaffPostId == m.Id && tickets.Any(t => t.Id == e.TicketId)))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Payload, erased), cancellationToken);
        await db.Set<TicketEntry>()
            .Where(e => tickets.Any(t => t.Id == e.TicketId))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Text, (string?)null), cancellationToken);
        var now = clock.GetUtcNow();
        await tickets
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.UserId, (string?)null)
                .SetProperty(t => t.ConversationId, (string?)null)
                .SetProperty(t => t.Description, ErasedText)
                .SetProperty(t => t.ErasedAt, now), cancellationToken);
    }
}
