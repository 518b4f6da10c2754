using Bot.Dialogs.Ports;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Ratings;

/// <summary>Ratings of the turn's user, staged on the turn's unit of work.</summary>
internal sealed class RatingStore(BotDbContext db, TurnScope turn, TimeProvider clock) : IRatings
{
    public async Task<bool> HasRatedAsync(string eventKey, CancellationToken cancellationToken) =>
        await FindAsync(eventKey, cancellationToken) is not null;

    public async Task SaveQuickAsync(string eventKey, int score, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventKey, cancellationToken) is not null)
        {
            // The first answer counts: one rating per user and event.
            return;
        }

        db.Add(new ServiceRating
        {
            SubjectKey = SubjectKey(),
            EventKey = eventKey,
            UserId = turn.Context.Conversation.UserId,
            ConversationId = turn.Conversation.Id,
            Quick = Math.Clamp(score, 1, 4),
            CreatedAt = clock.GetUtcNow(),
        });
    }

    public async Task SaveCommentAsync(string eventKey, string comment, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventKey, cancellationToken) is { } rating)
        {
            rating.Comment = comment;
        }
    }

    public async Task SaveSurveyAsync(string eventKey, IReadOnlyList<int> answers, CancellationToken cancellationToken)
    {
        if (answers.Count != 9 || answers.Any(a => a is < 1 or > 4))
        {
            throw new ArgumentException("The SKM survey has nine answers, each 1 to 4.", nameof(answers));
        }

        if (await FindAsync(eventKey, cancellationToken) is not { } rating)
        {
            return;
        }

        (rating.U1, rating.U2, rating.U3, rating.U4, rating.U5, rating.U6, rating.U7, rating.U8, rating.U9) =
            (answers[0], answers[1], answers[2], answers[3], answers[4], answers[5], answers[6], answers[7], answers[8]);
        rating.SurveyAt = clock.GetUtcNow();
    }

    private string SubjectKey() =>
        turn.Context.Conversation.UserId is { } userId ? $"u:{userId}" : $"c:{turn.Conversation.Id}";

    private async Task<ServiceRating?> FindAsync(string eventKey, CancellationToken cancellationToken)
    {
        var subject = SubjectKey();
        return db.ChangeTracker.Entries<ServiceRating>().Select(e => e.Entity).FirstOrDefault(r => r.SubjectKey == subject && r.EventKey == eventKey)
            ?? await db.Set<ServiceRating>().FirstOrDefaultAsync(r => r.SubjectKey == subject && r.EventKey == eventKey, cancellationToken);
    }
}
