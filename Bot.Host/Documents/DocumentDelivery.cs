using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bot.Host.Documents;

/// <summary>
/// Records reads and downloads (the audit trail), enforces the daily quota, and says what to
/// send. The stamped PDF is produced later, when the reply is sent or the link is opened.
/// </summary>
public sealed partial class DocumentDelivery(
    BotDbContext db,
    TurnScope turn,
    IDeliverySources sources,
    SourcePreflight preflight,
    SignedLinks links,
    StaffNotices staff,
    IOptions<DocumentOptions> options,
    TimeProvider clock,
    ILogger<DocumentDelivery> logger) : IDocumentDelivery
{
    public async Task<DeliveryOutcome> DeliverAsync(string userId, PublicationDetail publication, DocumentMode mode, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var quota = options.Value.DailyQuota;
        var since = Wita.StartOfDay(Wita.Today(now));
        var today = await db.Set<DeliveryRecord>().CountAsync(d => d.UserId == userId && d.CreatedAt >= since, cancellationToken);
        if (today >= quota)
        {
            return DeliveryOutcome.QuotaExceeded(quota);
        }

        if (preflight.Check(sources.GetSourcePath(publication.Id)) is { } problem)
        {
            LogSourceBroken(logger, publication.Id, problem);
            staff.SourceBroken(publication.Id, publication.Title, problem);
            return DeliveryOutcome.Unavailable();
        }

        var fileName = FileNames.For(publication);
        var record = new DeliveryRecord
        {
            FileName = fileName,
            Id = DeliveryIds.New(now),
            UserId = userId,
            PublicationId = publication.Id,
            PublicationTitle = publication.Title,
            Mode = mode,
            Channel = turn.Conversation.Channel,
            CreatedAt = now,
        };
        db.Set<DeliveryRecord>().Add(record);

        var document = new DocumentRef(record.Id, fileName, publication.SizeBytes, mode) { DeliveredAt = now };
        var readUrl = mode == DocumentMode.Read ? DocumentLinks.Absolute(options.Value, links, document, DocumentLinks.ExpiresAt(options.Value, document, clock)) : null;
        return new DeliveryOutcome(DeliveryStatus.Ok, record.Id, document, readUrl, quota);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publication {PublicationId} cannot be delivered: {Problem}")]
    private static partial void LogSourceBroken(ILogger logger, string publicationId, string problem);
}
