using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Bench.Load;

/// <summary>The updates one chat posted, in order.</summary>
public sealed record ExpectedChat(string Channel, string ConversationId, IReadOnlyList<string> ExternalIds);

/// <summary>
/// What storage says after a drained run: one inbox row and one committed turn per update, each
/// chat's turns and replies in the order of its updates, reply numbers without gaps or repeats,
/// and every outbox row sent.
/// </summary>
public sealed record DeliveryReport(
    int Updates,
    int InboxRows,
    int Turns,
    int NotDone,
    int MissingOrExtra,
    int ChatsOutOfOrder,
    int UpdatesWithoutReply,
    int ChatsWithSeqGaps,
    int OutboxNotSent,
    IReadOnlyList<string> Problems)
{
    public bool Ok => Problems.Count == 0;

    public override string ToString() =>
        $"{Updates} updates, {InboxRows} inbox rows, {Turns} turns; not done {NotDone}, missing/extra {MissingOrExtra}, chats out of order {ChatsOutOfOrder}, " +
        $"updates without reply {UpdatesWithoutReply}, chats with seq gaps {ChatsWithSeqGaps}, outbox not sent {OutboxNotSent}" +
        (Problems.Count > 0 ? "\n  " + string.Join("\n  ", Problems.Take(20)) : "");

    public static async Task<DeliveryReport> CheckAsync(Store store, IReadOnlyList<ExpectedChat> chats, CancellationToken cancellationToken = default)
    {
        await using var db = store.Open();
        var ids = chats.Select(c => c.ConversationId).ToList();
        var inbox = await db.Inbox.AsNoTracking().Where(m => ids.Contains(m.ConversationId))
            .Select(m => new { m.Id, m.ConversationId, m.ExternalId, m.Status }).ToListAsync(cancellationToken);
        var outbox = await db.Outbox.AsNoTracking().Where(m => ids.Contains(m.ConversationId))
            .Select(m => new { m.ConversationId, m.Seq, m.InboxId, m.Status }).ToListAsync(cancellationToken);
        var inboxByChat = inbox.ToLookup(m => m.ConversationId);
        var outboxByChat = outbox.ToLookup(m => m.ConversationId);

        var problems = new List<string>();
        int missing = 0, outOfOrder = 0, withoutReply = 0, gaps = 0;
        foreach (var chat in chats)
        {
            var rows = inboxByChat[chat.ConversationId].OrderBy(m => m.Id).ToList();
            if (rows.Count != chat.ExternalIds.Count || rows.Select(r => r.ExternalId).Distinct().Count() != rows.Count)
            {
                missing++;
                problems.Add($"{chat.ConversationId}: {chat.ExternalIds.Count} updates but {rows.Count} inbox rows");
            }

            if (!rows.Select(r => r.ExternalId).SequenceEqual(chat.ExternalIds.Where(e => rows.Any(r => r.ExternalId == e))))
            {
                outOfOrder++;
                problems.Add($"{chat.ConversationId}: stored out of update order");
            }

            var replies = outboxByChat[chat.ConversationId].OrderBy(m => m.Seq).ToList();
            var replyInbox = replies.Select(r => r.InboxId ?? 0).ToList();
            if (replyInbox.Zip(replyInbox.Skip(1)).Any(p => p.First > p.Second))
            {
                outOfOrder++;
                problems.Add($"{chat.ConversationId}: replies not in the order of the updates");
            }

            var answered = replyInbox.ToHashSet();
            var silent = rows.Count(r => !answered.Contains(r.Id));
            if (silent > 0)
            {
                withoutReply += silent;
                problems.Add($"{chat.ConversationId}: {silent} updates without a reply");
            }

            if (!replies.Select(r => r.Seq).SequenceEqual(Enumerable.Range(1, replies.Count).Select(i => (long)i)))
            {
                gaps++;
                problems.Add($"{chat.ConversationId}: reply numbers have gaps or repeats");
            }
        }

        var notDone = inbox.Count(m => m.Status != InboxStatus.Done);
        if (notDone > 0)
        {
            problems.Add($"{notDone} inbox rows not done");
        }

        var notSent = outbox.Count(m => m.Status != OutboxStatus.Sent);
        if (notSent > 0)
        {
            problems.Add($"{notSent} outbox rows not sent");
        }

        return new DeliveryReport(chats.Sum(c => c.ExternalIds.Count), inbox.Count, inbox.Count(m => m.Status == InboxStatus.Done), notDone, missing, outOfOrder, withoutReply, gaps, notSent, problems);
    }
}
