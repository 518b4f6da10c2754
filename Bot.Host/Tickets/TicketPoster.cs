using Bot.Dialogs.Complaint;
using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tickets;

/// <summary>
/// Writes a ticket's posts to the staff group (and the supervisor chat) and its emails, in the
/// caller's unit of work. Each post is recorded as a thread entry, so a staff member's reply to
/// it finds its ticket.
/// </summary>
internal sealed class TicketPoster(OutboxWriter outbox, IOptions<StaffDeskOptions> options, TimeProvider clock)
{
    private const Language StaffLanguage = Language.Id;

    private readonly StaffDeskOptions _options = options.Value;

    public string? StaffChatId => _options.StaffChatId;

    /// <summary>Adds a thread entry and, when a staff chat is configured, its post there.</summary>
    public TicketEntry Record(Ticket ticket, TicketEntryKind kind, string author, string? text, string? post, bool buttons = false, string? chatId = null)
    {
        var entry = new TicketEntry { At = clock.GetUtcNow(), Kind = kind, Author = author, Text = text };
        var chat = chatId ?? _options.StaffChatId;
        if (post is not null && !string.IsNullOrWhiteSpace(chat))
        {
            var message = new Outbound(post)
            {
                Choices = buttons
                    ? [new ChoiceOption(StaffCommands.TakePrefix + ticket.Number, StaffGroupTexts.Take.In(StaffLanguage)), new ChoiceOption(StaffCommands.ClosePrefix + ticket.Number, StaffGroupTexts.Close.In(StaffLanguage))]
                    : [],
            };
            entry.StaffPost = outbox.EnqueueDirect(ChannelNames.Staff, chat, MessageJson.Serialize(message), orderingKey: chat);
        }

        ticket.Entries.Add(entry);
        return entry;
    }

    /// <summary>A notice to a chat that takes no commands (the supervisor's), outside any thread.</summary>
    public void Notify(string chatId, string text) =>
        outbox.EnqueueDirect(ChannelNames.Staff, chatId, MessageJson.Serialize(new Outbound(text)), orderingKey: chatId);

    public void Mail(string subject, string body)
    {
        foreach (var to in _options.Emails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            outbox.EnqueueMail(to.Trim(), new MailPayload(subject, body));
        }
    }

    public static string Render(Bilingual text, params object?[] args) => text.In(StaffLanguage, args);

    public static string KindLabel(TicketKind kind) =>
        Render(kind == TicketKind.Complaint ? StaffGroupTexts.KindComplaint : StaffGroupTexts.KindConversation);

    public static string CategoryLabel(string category) => ComplaintCategories.LabelOf(category).In(StaffLanguage);

    public static string AttachmentLine(IReadOnlyList<InboundAttachment> attachments) =>
        attachments.Count == 0
            ? ""
            : Render(StaffGroupTexts.Attachments, string.Join(", ", attachments.Select(a => $"{a.FileName ?? a.ContentType} [{a.StoredId}]")));
}
