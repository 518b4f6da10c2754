using System.Globalization;
using Bot.Dialogs.Model;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Bot.Host.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Channels.WhatsAppCloud;

/// <summary>
/// Delivery statuses from the Cloud API webhook, kept on <see cref="WhatsAppDelivery"/> like
/// Twilio's status callbacks, and what a failure means: 131047 (window closed) puts the reply
/// back to be held behind the template; 131026 (undeliverable) fails it and, when the user has
/// an open ticket, tells staff.
/// </summary>
internal sealed partial class CloudFailures(TimeProvider clock, WorkSignals signals, OutboxJournal journal, IConfiguration configuration, ILogger<CloudFailures> logger)
{
    public const int ReEngagementRequired = 131047;

    public const int Undeliverable = 131026;

    public async Task RecordStatusAsync(BotDbContext db, CloudStatus status, CancellationToken cancellationToken)
    {
        if (status.Status.Length > 32)
        {
            return;
        }

        var key = CloudAddress.DeliveryKey(status.Id);
        var delivery = await db.Set<WhatsAppDelivery>().FirstOrDefaultAsync(d => d.MessageSid == key, cancellationToken);
        if (delivery is null || Rank(status.Status) < Rank(delivery.Status))
        {
            // Not ours, or out of order ("sent" after "read"): nothing to change.
            return;
        }

        var now = clock.GetUtcNow();
        delivery.Status = status.Status;
        delivery.UpdatedAt = now;
        if (status.Status == "failed")
        {
            delivery.ErrorCode = status.ErrorCode;
            if (delivery.Kind == WhatsAppDeliveryKind.Part)
            {
                // The row's send record may still be in the journal: applied first, so it cannot
                // overwrite what is decided here.
                await journal.FlushAsync(urgent: true, cancellationToken);
                var row = await db.Outbox.FirstOrDefaultAsync(m => m.Id == delivery.OutboxId, cancellationToken);
                if (row is not null)
                {
                    row.Error = string.Create(CultureInfo.InvariantCulture, $"Graph {status.ErrorCode}: message (part {delivery.Part + 1}) failed: {status.ErrorTitle}");
                    if (status.ErrorCode == ReEngagementRequired)
                    {
                        row.Status = OutboxStatus.Pending;
                        row.NextAttemptAt = now;
                        signals.Outbox.Set();
                    }
                    else
                    {
                        row.Status = OutboxStatus.Failed;
                        if (status.ErrorCode == Undeliverable)
                        {
                            await TellStaffAsync(db, delivery.ConversationId, cancellationToken);
                        }
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A reply the user will never get matters when staff are waiting on them: a post in the staff
    /// group naming the open tickets (staged on <paramref name="db"/>; the caller saves).
    /// </summary>
    public async Task TellStaffAsync(BotDbContext db, string conversationId, CancellationToken cancellationToken)
    {
        var numbers = await db.Set<Ticket>().AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.Status == TicketStatus.Open)
            .Select(t => t.Number)
            .ToListAsync(cancellationToken);
        if (numbers.Count == 0 || configuration["Telegram:StaffChatId"] is not { Length: > 0 } chat)
        {
            return;
        }

        LogToldStaff(logger, string.Join(", ", numbers));
        var text = string.Format(CultureInfo.InvariantCulture, CloudTexts.UndeliverableForStaff, string.Join(", ", numbers), Formats.Moment(clock.GetUtcNow(), Language.Id));
        new OutboxWriter(db, clock).EnqueueDirect(ChannelNames.Staff, chat, MessageJson.Serialize(new Outbound(text)), orderingKey: chat);
        signals.Outbox.Set();
    }

    private static int Rank(string status) => status switch
    {
        "queued" => 0,
        "sent" => 2,
        "delivered" => 3,
        "read" => 4,
        "failed" => 5,
        _ => 0,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "A WhatsApp reply could not be delivered (131026); staff were told about ticket(s) {Tickets}.")]
    private static partial void LogToldStaff(ILogger logger, string tickets);
}
