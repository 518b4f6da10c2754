using Bot.Dialogs.Ports;
using Bot.Host.Storage;

namespace Bot.Host.Understanding;

/// <summary>
/// Stages one row per unplaced text in the turn's unit of work. One row per occurrence (not a
/// counter per text) so two conversations never contend for the same row.
/// </summary>
internal sealed class UnansweredLog(BotDbContext db, TimeProvider clock) : IUnansweredLog
{
    public Task RecordAsync(string scrubbedText, CancellationToken cancellationToken)
    {
        if (scrubbedText.Length > 0)
        {
            db.Add(new UnansweredEntry { Text = scrubbedText, SeenAt = clock.GetUtcNow() });
        }

        return Task.CompletedTask;
    }
}
