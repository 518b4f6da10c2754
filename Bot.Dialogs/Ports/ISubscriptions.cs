namespace Bot.Dialogs.Ports;

/// <summary>New-release subscriptions of chats (implemented over the host's store, saved with the turn).</summary>
public interface ISubscriptions
{
    /// <summary>The chat's topics: null when not subscribed, empty when subscribed to everything.</summary>
    Task<IReadOnlyList<string>?> GetAsync(string channel, string conversationKey, CancellationToken cancellationToken);

    /// <summary>Subscribes (or replaces the topics); empty <paramref name="topics"/> means everything.</summary>
    Task SubscribeAsync(string channel, string conversationKey, IReadOnlyList<string> topics, CancellationToken cancellationToken);

    /// <summary>Ends the subscription; false when there was none.</summary>
    Task<bool> UnsubscribeAsync(string channel, string conversationKey, CancellationToken cancellationToken);
}
