using Bot.Host.Messaging;

namespace Bot.Host.Storage.Sqlite;

/// <summary>
/// The columns of a conversation a turn does not write itself (its channel profile), as a SQLite
/// turn read them. The turn's hand-written UPDATE writes only the turn's own columns, and EF does
/// not track a conversation read without it, so a turn that changed one of these (a dialog
/// setting the language code, say) would lose it on SQLite alone; comparing at commit finds it.
/// A struct held by the turn store: nothing is allocated unless a column changed.
/// </summary>
internal readonly struct ConversationProfile
{
    /// <summary>
    /// The columns compared; with the key and <see cref="TurnCommit.TurnColumns"/> they must make
    /// up the whole table (MessagePathSchemaTests fails when a migration adds one to neither).
    /// </summary>
    internal static readonly string[] Columns =
    [
        nameof(ConversationRecord.Channel), nameof(ConversationRecord.Key), nameof(ConversationRecord.Address),
        nameof(ConversationRecord.CreatedAt), nameof(ConversationRecord.LastInboundAt), nameof(ConversationRecord.DisplayName),
        nameof(ConversationRecord.UserName), nameof(ConversationRecord.LanguageCode), nameof(ConversationRecord.Blocked),
    ];

    private readonly string _channel;
    private readonly string _key;
    private readonly string? _address;
    private readonly DateTimeOffset _createdAt;
    private readonly DateTimeOffset? _lastInboundAt;
    private readonly string? _displayName;
    private readonly string? _userName;
    private readonly string? _languageCode;
    private readonly bool _blocked;

    public ConversationProfile(ConversationRecord record)
    {
        _channel = record.Channel;
        _key = record.Key;
        _address = record.Address;
        _createdAt = record.CreatedAt;
        _lastInboundAt = record.LastInboundAt;
        _displayName = record.DisplayName;
        _userName = record.UserName;
        _languageCode = record.LanguageCode;
        _blocked = record.Blocked;
    }

    /// <summary>The profile columns <paramref name="record"/> has changed since it was read; null when none.</summary>
    public List<string>? Changed(ConversationRecord record)
    {
        List<string>? changed = null;
        Check(_channel != record.Channel, nameof(ConversationRecord.Channel));
        Check(_key != record.Key, nameof(ConversationRecord.Key));
        Check(_address != record.Address, nameof(ConversationRecord.Address));
        Check(_createdAt != record.CreatedAt, nameof(ConversationRecord.CreatedAt));
        Check(_lastInboundAt != record.LastInboundAt, nameof(ConversationRecord.LastInboundAt));
        Check(_displayName != record.DisplayName, nameof(ConversationRecord.DisplayName));
        Check(_userName != record.UserName, nameof(ConversationRecord.UserName));
        Check(_languageCode != record.LanguageCode, nameof(ConversationRecord.LanguageCode));
        Check(_blocked != record.Blocked, nameof(ConversationRecord.Blocked));
        return changed;

        void Check(bool differs, string column)
        {
            if (differs)
            {
                (changed ??= []).Add(column);
            }
        }
    }
}
