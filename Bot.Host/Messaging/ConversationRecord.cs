namespace Bot.Host.Messaging;

/// <summary>One chat on one channel: its dialog state, its channel profile, and its processing lease.</summary>
public sealed class ConversationRecord
{
    /// <summary>"{channel}:{key}".</summary>
    public required string Id { get; set; }

    public required string Channel { get; set; }

    public required string Key { get; set; }

    /// <summary>
    /// Where replies go when that differs from <see cref="Key"/>: for WhatsApp the key is a keyed
    /// hash and this is the phone number, encrypted (see Privacy/PersonalData).
    /// </summary>
    public string? Address { get; set; }

    /// <summary>The <see cref="Bot.Dialogs.Model.Conversation"/> as JSON; empty for a new chat.</summary>
    public string State { get; set; } = "";

    /// <summary>The last outbox sequence number used.</summary>
    public long LastSeq { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the user last wrote (WhatsApp's 24-hour window is counted from it).</summary>
    public DateTimeOffset? LastInboundAt { get; set; }

    public string? DisplayName { get; set; }

    public string? UserName { get; set; }

    public string? LanguageCode { get; set; }

    /// <summary>The user blocked the bot (Telegram 403): stop sending.</summary>
    public bool Blocked { get; set; }

    /// <summary>The node processing this conversation's turns; keeps its turns in order across nodes.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Start of the current inbound rate window (see Limits/InboundRateLimiter).</summary>
    public DateTimeOffset? RateWindowStart { get; set; }

    /// <summary>Messages received in the current rate window.</summary>
    public int RateCount { get; set; }

    /// <summary>Whether the slow-down notice was sent in the current rate window.</summary>
    public bool RateNotified { get; set; }

    /// <summary>
    /// Bumped by every save that changes the row, and checked by it: two turns that changed one
    /// conversation at once (its own turn and a staff turn writing to it) cannot both commit;
    /// the loser's turn runs again on the new state.
    /// </summary>
    public long Version { get; set; }

    public static string MakeId(string channel, string key) => $"{channel}:{key}";
}
