using Bot.Dialogs.Model;

namespace Bot.Host.Messaging.Inbox;

/// <summary>
/// The inbox's storage, one implementation per provider (Storage/Sqlite, Storage/Postgres).
/// Runs before every webhook's answer, so its cost is the acknowledge latency.
/// </summary>
public interface IInboxStore
{
    /// <summary>
    /// Stores the message under its unique (channel, external id) key and creates or refreshes its
    /// conversation's channel profile; a copy of a stored message changes nothing and names the first.
    /// </summary>
    Task<InboxWriteResult> AddAsync(Inbound inbound, string conversationId, string? address, CancellationToken cancellationToken);
}
