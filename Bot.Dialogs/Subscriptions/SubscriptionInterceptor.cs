using Bot.Dialogs.Model;
using Bot.Dialogs.Ports;
using Bot.Dialogs.Routing;

namespace Bot.Dialogs.Subscriptions;

/// <summary>
/// "langganan [topik…]" / "subscribe" and "berhenti langganan" / "unsubscribe", understood anywhere in the chat
/// like a global word (the dialog in progress, if any, stays where it was), and the topic buttons they offer.
/// </summary>
public sealed class SubscriptionInterceptor(ISubscriptions subscriptions) : ITurnInterceptor
{
    /// <summary>Prefix of the topic buttons ("sub:all", "sub:inflasi").</summary>
    public const string ChoicePrefix = "sub:";

    private const string EveryChoice = ChoicePrefix + "all";

    private static readonly HashSet<string> s_subscribeWords = ["langganan", "berlangganan", "subscribe", "/langganan", "/subscribe"];

    private static readonly string[][] s_unsubscribePhrases =
    [
        ["berhenti", "langganan"], ["berhenti", "berlangganan"], ["stop", "langganan"], ["batal", "langganan"],
        ["unsubscribe"], ["/unsubscribe"], ["stop", "subscription"], ["/berhentilangganan"],
    ];

    public async Task<bool> TryHandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Conversation.HandoffTicket is not null)
        {
            return false;
        }

        if (context.ChoiceId is { } choice && choice.StartsWith(ChoicePrefix, StringComparison.Ordinal))
        {
            var topics = choice == EveryChoice ? [] : SubscriptionTopics.Find(choice[ChoicePrefix.Length..]) is { } topic ? [topic.Key] : (IReadOnlyList<string>?)null;
            if (topics is null)
            {
                return false;
            }

            await SubscribeAsync(context, topics, cancellationToken);
            return true;
        }

        if (context.ChoiceId is not null)
        {
            return false;
        }

        var words = TextNormalizer.Words(TextNormalizer.Normalize(context.Text));
        if (words.Length == 0 || words.Length > 8)
        {
            return false;
        }

        if (s_unsubscribePhrases.Any(p => words.Length == p.Length && words.SequenceEqual(p)))
        {
            var conversation = context.Conversation;
            var removed = await subscriptions.UnsubscribeAsync(conversation.Channel, conversation.Key, cancellationToken);
            context.Say(removed ? SubscriptionTexts.Unsubscribed : SubscriptionTexts.NotSubscribed);
            return true;
        }

        if (!s_subscribeWords.Contains(words[0]))
        {
            return false;
        }

        var rest = words.Skip(1).Where(w => w is not ("topik" or "topic" or "tentang" or "about" or "dan" or "and" or "," or "&")).ToList();
        if (rest.Count == 0)
        {
            AskTopics(context);
            return true;
        }

        if (rest.Any(SubscriptionTopics.EveryWords.Contains))
        {
            await SubscribeAsync(context, [], cancellationToken);
            return true;
        }

        var chosen = SubscriptionTopics.Parse(rest, out var unknown);
        if (unknown.Count > 0)
        {
            var available = string.Join(", ", SubscriptionTopics.All.Select(t => t.Key));
            context.Say(SubscriptionTexts.UnknownTopic, unknown[0], available);
            AskTopics(context);
            return true;
        }

        await SubscribeAsync(context, chosen, cancellationToken);
        return true;
    }

    private async Task SubscribeAsync(TurnContext context, IReadOnlyList<string> topics, CancellationToken cancellationToken)
    {
        var conversation = context.Conversation;
        var current = await subscriptions.GetAsync(conversation.Channel, conversation.Key, cancellationToken);
        // A second "langganan kemiskinan" adds to the topics; "semua" widens to everything.
        var merged = topics.Count == 0 || current is { Count: 0 } ? [] : (current ?? []).Union(topics).ToList();
        await subscriptions.SubscribeAsync(conversation.Channel, conversation.Key, merged, cancellationToken);
        context.Say(SubscriptionTexts.Subscribed, SubscriptionTopics.Describe(merged, context.Language));
    }

    private static void AskTopics(TurnContext context) =>
        context.Ask(SubscriptionTexts.AskTopics,
            [
                new Choice(EveryChoice, SubscriptionTexts.EveryChoice),
                .. SubscriptionTopics.All.Select(t => new Choice(ChoicePrefix + t.Key, t.Label)),
            ]);
}
