using Bot.Catalog.Publications;
using Bot.Catalog.Search;
using Bot.Dialogs.Model;
using Bot.Dialogs.Routing;
using Bot.Dialogs.Subscriptions;
using Bot.Host.Catalog;
using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;

namespace Bot.Host.Subscriptions;

/// <summary>
/// After a sync adds items, each subscriber whose topics match gets one short notice listing them, with a button to
/// open each, through the outbox (so at the channel's pace, retried, in order with the chat's other replies).
/// On WhatsApp outside the 24-hour window the sender announces it with <c>Twilio:NewReleaseContentSid</c>, or
/// (without that template) holds it for the user's next message.
/// </summary>
internal sealed partial class NewReleaseNotifier(IServiceScopeFactory scopes, ILogger<NewReleaseNotifier> logger) : INewReleaseListener
{
    /// <summary>Items listed (and buttons) in one notice; more are counted.</summary>
    public const int MaxItems = 3;

    public async Task OnReleasedAsync(IReadOnlyList<CatalogEntry> added, CancellationToken cancellationToken)
    {
        List<SubscriptionRecord> subscriptions;
        await using (var scope = scopes.CreateAsyncScope())
        {
            subscriptions = await scope.ServiceProvider.GetRequiredService<BotDbContext>().Set<SubscriptionRecord>().AsNoTracking().ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var subscription in subscriptions)
        {
            var items = added
                .Where(e => SubscriptionTopics.Matches(subscription.TopicList, e.Title, e.Subjects))
                .OrderByDescending(e => e.ReleaseDate ?? DateOnly.MinValue)
                .ToList();
            if (items.Count > 0 && await NotifyAsync(subscription.ConversationId, items, cancellationToken))
            {
                sent++;
            }
        }

        if (sent > 0)
        {
            // Wake the dispatcher now rather than at its next poll.
            scopes.CreateScope().ServiceProvider.GetRequiredService<WorkSignals>().Outbox.Set();
        }

        LogNotified(logger, sent, added.Count);
    }

    private async Task<bool> NotifyAsync(string conversationId, List<CatalogEntry> items, CancellationToken cancellationToken)
    {
        // The notice bumps the conversation's sequence: a turn committing at the same moment wins, and we retry.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (conversation is null || conversation.Blocked)
            {
                return false;
            }

            var language = string.IsNullOrEmpty(conversation.State) ? Language.Id : MessageJson.Deserialize<Conversation>(conversation.State).Language;
            scope.ServiceProvider.GetRequiredService<OutboxWriter>().Enqueue(conversation, Notice(items, language));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Reload and try again.
            }
        }

        return false;
    }

    /// <summary>The notice: one line per item (press releases with their date), a button to open each.</summary>
    public static Outbound Notice(IReadOnlyList<CatalogEntry> items, Language language)
    {
        var shown = items.Take(MaxItems).ToList();
        var lines = shown.Select(e => e.Kind == CatalogKind.PressRelease && e.ReleaseDate is { } date
            ? SubscriptionTexts.PressReleaseItem.In(language, e.Title, Formats.Date(date, language))
            : SubscriptionTexts.PublicationItem.In(language, e.Title, e.Year)).ToList();
        if (items.Count > shown.Count)
        {
            lines.Add(SubscriptionTexts.NoticeMore.In(language, items.Count - shown.Count));
        }

        var text = SubscriptionTexts.Notice.In(language, string.Join("\n", lines)) + "\n\n" + SubscriptionTexts.NoticeFooter.In(language);
        var choices = shown.Select(e => new ChoiceOption(Router.OpenReleasePrefix + e.Id, Formats.Shorten(e.Title, 48))).ToList();
        return new Outbound(text) { Choices = choices, Language = language, IsNewReleaseNotice = true };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "New-release notices queued for {Subscribers} subscriber(s) about {Items} new item(s)")]
    private static partial void LogNotified(ILogger logger, int subscribers, int items);
}
