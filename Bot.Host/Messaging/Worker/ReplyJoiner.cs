using Bot.Dialogs.Model;

namespace Bot.Host.Messaging.Worker;

/// <summary>
/// On Telegram and WhatsApp, a turn's short plain replies are joined to the reply after them:
/// "Dibatalkan." and the menu that follows arrive as one message, with the menu's buttons. Each
/// message is a notification on the user's phone and a charge on WhatsApp, and Telegram lets a
/// bot send about one message a second to a chat, so a second message would come a second
/// later. The web chat shows each reply as a bubble of its own, at no cost, and is left as is.
/// </summary>
internal static class ReplyJoiner
{
    /// <summary>
    /// Longer joined texts stay separate messages. A WhatsApp message of the common flows stays
    /// within 600 characters and 12 lines (a phone screen), and the menu's choices alone take
    /// ten lines and about 200 characters that this count does not see: so only a short reply
    /// (a line or two, "Baik, dibatalkan.") joins the question after it.
    /// </summary>
    public const int MaxJoinedLength = 300;

    public static IReadOnlyList<Outbound> ForChannel(string channel, IReadOnlyList<Outbound> replies) =>
        channel is ChannelNames.Telegram or ChannelNames.WhatsApp ? Join(replies) : replies;

    public static IReadOnlyList<Outbound> Join(IReadOnlyList<Outbound> replies)
    {
        if (replies.Count < 2)
        {
            return replies;
        }

        var joined = new List<Outbound>(replies.Count);
        Outbound? waiting = null;
        foreach (var next in replies)
        {
            var reply = next;
            if (waiting is not null)
            {
                if (CanTake(reply, waiting))
                {
                    reply = reply with { Text = waiting.Text + "\n\n" + reply.Text };
                }
                else
                {
                    joined.Add(waiting);
                }

                waiting = null;
            }

            if (IsPlain(reply))
            {
                waiting = reply;
            }
            else
            {
                joined.Add(reply);
            }
        }

        if (waiting is not null)
        {
            joined.Add(waiting);
        }

        return joined;
    }

    /// <summary>Text only: nothing the channel attaches to the message.</summary>
    private static bool IsPlain(Outbound reply) =>
        reply.Choices.Count == 0 && reply.Document is null && !reply.RequestPhone && reply.Text.Length > 0;

    /// <summary>A document's text is its caption, which has a shorter limit; a reply in another language stays apart.</summary>
    private static bool CanTake(Outbound reply, Outbound earlier) =>
        reply.Document is null && reply.Text.Length > 0 && reply.Language == earlier.Language
        && earlier.Text.Length + 2 + reply.Text.Length <= MaxJoinedLength;
}
