using Bot.Dialogs.Model;

namespace Bot.Dialogs.Ports;

/// <summary>
/// Gives a registered user a copy of a publication: checks the daily quota, records the read or
/// download (who, what, when, which channel) so a leaked copy can be traced from its id, and
/// says what to send. The PDF itself is stamped when the reply is sent.
/// </summary>
public interface IDocumentDelivery
{
    Task<DeliveryOutcome> DeliverAsync(string userId, PublicationDetail publication, DocumentMode mode, CancellationToken cancellationToken);
}

/// <summary>The document to send (download) or the link to give (read), or why there is none.</summary>
public sealed record DeliveryOutcome(DeliveryStatus Status, string? DeliveryId, DocumentRef? Document, string? ReadUrl, int QuotaPerDay)
{
    public static DeliveryOutcome QuotaExceeded(int quota) => new(DeliveryStatus.QuotaExceeded, null, null, null, quota);

    public static DeliveryOutcome Unavailable() => new(DeliveryStatus.Unavailable, null, null, null, 0);
}

public enum DeliveryStatus
{
    Ok,
    QuotaExceeded,

    /// <summary>The source file is missing or unreadable; staff have been told.</summary>
    Unavailable,
}
