using Bot.Dialogs.Model;
using Bot.Host.Channels.WebChat;
using Bot.Host.Channels.WhatsApp;
using Bot.Host.Configuration;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Bot.Host.Users;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Bot.Host.Privacy;

/// <summary>
/// On "hapus data saya", removes what the other erasers do not: every message of every chat
/// linked to the person, both ways (stored inbound messages, replies, the web chat history),
/// the chats' names, their web chat sessions, the files they sent, and the mails addressed to
/// them that were written to the mail folder. Rows are staged on the turn's unit of work and go
/// with it; files are deleted at once (a failed turn runs again and finds them gone).
/// Messages still waiting (a later message not yet answered, a reply not yet delivered) stay:
/// they are removed by the retention job after Retention:MessageDays.
/// </summary>
internal sealed class PersonalDataEraser(
    BotDbContext db,
    TurnScope turn,
    PersonalData personal,
    DataDirectory dataDir,
    IServiceProvider services) : IUserDataEraser
{
    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var conversations = await db.Set<ChannelLink>().Where(l => l.UserId == userId).Select(l => l.ConversationId).ToListAsync(cancellationToken);
        conversations.Add(turn.Conversation.Id);
        conversations = conversations.Distinct().ToList();

        var inbox = await db.Inbox.Where(m => conversations.Contains(m.ConversationId) && m.Status != InboxStatus.Pending).ToListAsync(cancellationToken);
        DeleteMedia(inbox);
        db.Inbox.RemoveRange(inbox);
        db.Outbox.RemoveRange(await db.Outbox.Where(m => conversations.Contains(m.ConversationId) && m.Status != OutboxStatus.Pending).ToListAsync(cancellationToken));

        foreach (var record in await db.Conversations.Where(c => conversations.Contains(c.Id) && c.Id != turn.Conversation.Id).ToListAsync(cancellationToken))
        {
            record.DisplayName = null;
            record.UserName = null;
        }

        turn.Conversation.DisplayName = null;
        turn.Conversation.UserName = null;

        await EraseStaffMessagesAboutAsync(userId, conversations, cancellationToken);

        var webChatKeys = conversations.Where(c => c.StartsWith(ChannelNames.WebChat + ":", StringComparison.Ordinal)).Select(c => c[(ChannelNames.WebChat.Length + 1)..]).ToList();
        db.Set<WebChatSession>().RemoveRange(await db.Set<WebChatSession>().Where(s => webChatKeys.Contains(s.ConversationKey)).ToListAsync(cancellationToken));

        if (await db.Set<UserAccount>().Where(u => u.Id == userId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken) is { } sealedEmail)
        {
            DeleteMailsTo(personal.Unprotect(sealedEmail));
        }
    }

    /// <summary>
    /// What staff wrote in their group about the person's tickets (replies to the ticket's posts,
    /// commands naming the ticket) is in the staff chat's inbox; the ticket thread keeps no copy
    /// after erasure, so neither does the inbox.
    /// </summary>
    private async Task EraseStaffMessagesAboutAsync(string userId, List<string> conversations, CancellationToken cancellationToken)
    {
        var tickets = await db.Set<Tickets.Ticket>()
            .Where(t => t.UserId == userId || (t.ConversationId != null && conversations.Contains(t.ConversationId)))
            .Select(t => new { t.Id, t.Number })
            .ToListAsync(cancellationToken);
        if (tickets.Count == 0)
        {
            return;
        }

        var ticketIds = tickets.Select(t => t.Id).ToList();
        var posts = await db.Set<Tickets.TicketEntry>()
            .Where(e => ticketIds.Contains(e.TicketId) && e.StaffPost != null && e.StaffPost.ExternalId != null)
            .Select(e => e.StaffPost!.ExternalId!)
            .ToListAsync(cancellationToken);
        var staffRows = await db.Inbox.Where(m => m.Channel == ChannelNames.Staff && m.Status != InboxStatus.Pending).ToListAsync(cancellationToken);
        foreach (var row in staffRows)
        {
            var message = MessageJson.Deserialize<Inbound>(row.Payload);
            var aboutTicket = (message.ReplyTo is { } replyTo && posts.Contains(replyTo))
                || tickets.Any(t => message.Text?.Contains(t.Number, StringComparison.OrdinalIgnoreCase) == true)
                || tickets.Any(t => message.ChoiceId?.EndsWith(":" + t.Number, StringComparison.Ordinal) == true);
            if (aboutTicket)
            {
                db.Inbox.Remove(row);
            }
        }
    }

    private void DeleteMedia(IEnumerable<InboxMessage> rows)
    {
        if (services.GetService<InboundMediaFiles>() is not { } files)
        {
            return;
        }

        foreach (var row in rows)
        {
            foreach (var attachment in MessageJson.Deserialize<Inbound>(row.Payload).Attachments.Where(a => a.StoredId.Length > 0))
            {
                files.Delete(attachment.StoredId);
            }
        }
    }

    private void DeleteMailsTo(string email)
    {
        var folder = dataDir.Combine("mail");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            bool addressed;
            using (var message = MimeMessage.Load(file))
            {
                addressed = message.To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase));
            }

            if (addressed)
            {
                File.Delete(file);
            }
        }
    }
}
