using Bot.Host.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Limits;

/// <summary>What to do with one inbound message under the per-conversation rate limit.</summary>
public enum RateVerdict
{
    /// <summary>Run the turn as usual.</summary>
    Allow,

    /// <summary>Over the limit for the first time in this window: answer once with the slow-down notice.</summary>
    Notify,

    /// <summary>Over the limit and already told: keep the message, answer nothing.</summary>
    Limited,
}

/// <summary>
/// A fixed window per conversation, counted on the conversation row inside the turn's
/// transaction, so it holds across nodes and restarts and costs no extra query. It counts by
/// when a message was received, not processed, so a backlog after an outage is not mistaken
/// for a flood. Over-limit messages stay in the inbox (marked) rather than being dropped: a
/// flood is usually a stuck client or a paste gone wrong, and one reply per message would only
/// make it worse.
/// </summary>
public sealed class InboundRateLimiter(IOptions<LimitsOptions> options)
{
    public const string LimitedNote = "rate-limited: stored, not answered";

    public RateVerdict Check(ConversationRecord record, DateTimeOffset receivedAt)
    {
        var limits = options.Value;
        var window = TimeSpan.FromSeconds(limits.InboundWindowSeconds);
        if (record.RateWindowStart is not { } start || receivedAt - start >= window || receivedAt < start)
        {
            record.RateWindowStart = receivedAt;
            record.RateCount = 0;
            record.RateNotified = false;
        }

        record.RateCount++;
        if (record.RateCount <= limits.InboundPerWindow)
        {
            return RateVerdict.Allow;
        }

        if (record.RateNotified)
        {
            return RateVerdict.Limited;
        }

        record.RateNotified = true;
        return RateVerdict.Notify;
    }
}
