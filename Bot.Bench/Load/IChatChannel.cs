namespace Bot.Bench.Load;

/// <summary>
/// The channel a driver talks through, as a user would: post one update of a chat and get back
/// when its replies are in hand. Web chat now; Telegram (webhook + Bot API double) plugs in here.
/// </summary>
public interface IChatChannel
{
    string Name { get; }

    /// <summary>The conversation id the host gives this chat (as stored in the inbox).</summary>
    string ConversationId(int chat);

    /// <summary>The channel's id of an update, as stored in the inbox (unique per channel).</summary>
    string ExternalId(int chat, int update);

    /// <summary>Posts the update (retrying until acknowledged, as the platform would) and waits for its replies.</summary>
    Task<Exchange> ExchangeAsync(int chat, int update, string text, CancellationToken cancellationToken);
}

/// <summary>One update and its answer, as seen by the driver.</summary>
/// <param name="Acknowledge">From the first post to the 200 that acknowledged the update.</param>
/// <param name="EndToEnd">From the first post until the replies were received.</param>
/// <param name="ReplyKeys">Identifies each reply received (for order and duplicate checks).</param>
/// <param name="Posts">Posts it took (more than one when a node was down).</param>
public sealed record Exchange(TimeSpan Acknowledge, TimeSpan EndToEnd, IReadOnlyList<long> ReplyKeys, int Posts);
