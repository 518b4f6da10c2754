using Bot.Dialogs.Model;

namespace Bot.Dialogs.Subscriptions;

/// <summary>A topic one can subscribe to, the words that name it in a request, and the words that find it in a title.</summary>
/// <param name="Key">Stored key, e.g. "inflasi".</param>
/// <param name="Label">Shown name.</param>
/// <param name="Names">Words a user may type for it ("inflasi", "ihk", "inflation").</param>
/// <param name="Matches">Phrases in a title or subject that make an item belong to it.</param>
public sealed record SubscriptionTopic(string Key, Bilingual Label, IReadOnlyList<string> Names, IReadOnlyList<string> Matches);
