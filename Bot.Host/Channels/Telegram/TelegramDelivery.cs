using System.Collections.Concurrent;
using System.Globalization;
using Bot.Dialogs.Model;
using Bot.Host.Documents;
using Bot.Host.Messaging;
using Bot.Host.Messaging.Outbox;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Renders one outbox row (an <see cref="Outbound"/>) as Telegram messages and sends them within
/// Telegram's limits (<see cref="TelegramPacer"/>): a message the limits do not allow yet is not
/// waited for; the send answers <see cref="SendResult.NotYet"/> and the dispatcher comes back.
/// A long text becomes several messages; if a later one must wait or be retried, the parts
/// already sent are remembered (in memory, per row) so the user does not get them twice.
/// </summary>
internal sealed partial class TelegramDelivery(
    TelegramApi api,
    TelegramPacer pacer,
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramDelivery> logger)
{
    /// <summary>Telegram's limit for a file a bot uploads.</summary>
    public const long MaxUploadBytes = 50L * 1024 * 1024;

    private readonly ConcurrentDictionary<long, Progress> _progress = new();

    public async Task<SendResult> SendAsync(OutboxMessage row, bool userChat, CancellationToken cancellationToken)
    {
        await using var prepared = await PrepareAsync(row, userChat, cancellationToken);
        return await prepared.SendAsync(cancellationToken);
    }

    /// <summary>
    /// Reads the payload and the conversation (blocked? which language?) and plans the calls,
    /// all before the dispatcher's send slot is taken; the prepared send only calls Telegram.
    /// </summary>
    public async Task<IPreparedSend> PrepareAsync(OutboxMessage row, bool userChat, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return new DecidedSend(SendResult.Failed("Telegram is off on this host (Telegram:BotToken is empty or Telegram:Mode is Off)."));
        }

        if (!TryChatId(row, userChat, out var chatId))
        {
            return new DecidedSend(SendResult.Failed($"'{row.Recipient}' is not a Telegram chat id."));
        }

        Outbound reply;
        try
        {
            reply = MessageJson.Deserialize<Outbound>(row.Payload);
        }
        catch (System.Text.Json.JsonException e)
        {
            return new DecidedSend(SendResult.Failed($"The payload is not a reply: {e.Message}"));
        }

        // A reply to a message the user sent says its language, and the user who wrote has not
        // blocked the bot since (if they did, Telegram's 403 marks it): no need to read the
        // conversation before every reply. Anything else (a staff answer) reads it.
        var (blocked, language) = userChat && row.InboxId is not null && reply.Language is { } written
            ? (false, written)
            : await LoadConversationAsync(row, userChat, cancellationToken);
        if (blocked)
        {
            return new DecidedSend(SendResult.Failed("The user has blocked the bot (Telegram 403); nothing is sent until they write again."));
        }

        return new TelegramPreparedSend(this, row, userChat, chatId, Plan(reply, chatId, language));
    }

    /// <summary>When the row's next message may start by Telegram's limits; null for now.</summary>
    public DateTimeOffset? NotBefore(OutboxMessage row, bool userChat) =>
        options.Value.Enabled && TryChatId(row, userChat, out var chatId) ? pacer.NotBefore(chatId) : null;

    /// <summary>Runs the planned calls, skipping the parts an earlier attempt of the row already sent.</summary>
    internal async Task<SendResult> SendStepsAsync(OutboxMessage row, bool userChat, long chatId, List<Func<CancellationToken, Task<Message?>>> steps, CancellationToken cancellationToken)
    {
        var progress = _progress.GetOrAdd(row.Id, _ => new Progress());
        progress.Touched = Environment.TickCount64;
        ForgetStaleProgress();
        try
        {
            for (; progress.Done < steps.Count; progress.Done++)
            {
                // Each step is one message: it starts only when the limits allow it now.
                if (!pacer.TryStart(chatId, out var notBefore))
                {
                    return SendResult.NotYet(notBefore, partlySent: progress.Done > 0);
                }

                Message? sent;
                try
                {
                    sent = await steps[progress.Done](cancellationToken);
                }
                catch (ApiRequestException e) when (e.ErrorCode == 429)
                {
                    pacer.Answered(chatId, RetryAfter(e), delivered: false);
                    throw;
                }
                catch
                {
                    pacer.Answered(chatId, delivered: false);
                    throw;
                }

                pacer.Answered(chatId);
                progress.FirstMessageId ??= sent?.MessageId;
            }
        }
        catch (ApiRequestException e) when (e.ErrorCode == 429)
        {
            // Not a failed attempt: the chat (or, in a flood, every chat) waits; others go on.
            var after = RetryAfter(e);
            LogTooManyRequests(logger, row.Id, after.TotalSeconds);
            var until = pacer.NotBefore(chatId) ?? clock.GetUtcNow() + after;
            return SendResult.RateLimited(until, $"Telegram 429: {e.Message}", partlySent: progress.Done > 0);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            _progress.TryRemove(row.Id, out _);
            if (userChat)
            {
                await MarkBlockedAsync(row.ConversationId, cancellationToken);
            }

            LogForbidden(logger, row.Id, e.Message);
            return SendResult.Failed($"Telegram 403: {e.Message}");
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            // The request itself is wrong (e.g. the chat does not exist): sending it again cannot help.
            _progress.TryRemove(row.Id, out _);
            return SendResult.Failed($"Telegram 400: {e.Message}");
        }
        catch (Exception e) when (e is RequestException or HttpRequestException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return SendResult.Retry($"{e.GetType().Name}: {e.Message}");
        }

        _progress.TryRemove(row.Id, out _);
        return SendResult.Sent(progress.FirstMessageId?.ToString(CultureInfo.InvariantCulture));
    }

    private static TimeSpan RetryAfter(ApiRequestException e) => TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));

    /// <summary>The Telegram calls one reply takes, in order, one message each; each returns the message it sent.</summary>
    private List<Func<CancellationToken, Task<Message?>>> Plan(Outbound reply, long chatId, Language language)
    {
        ReplyMarkup? markup = reply.RequestPhone
            ? TelegramMarkup.SharePhone(TelegramTexts.SharePhoneButton.In(language))
            : TelegramMarkup.Inline(reply.Choices);
        var steps = new List<Func<CancellationToken, Task<Message?>>>();
        var text = reply.Text ?? "";
        string? caption = null;
        if (reply.Document is not null && text.Length <= TelegramText.MaxCaptionLength)
        {
            caption = text.Length > 0 ? text : null;
            text = "";
        }

        if (text.Trim().Length > 0)
        {
            var parts = TelegramText.Split(text);
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                var partMarkup = i == parts.Count - 1 && reply.Document is null ? markup : null;
                steps.Add(ct => SendTextAsync(chatId, part, partMarkup, ct));
            }
        }

        if (reply.Document is { } document)
        {
            steps.Add(ct => SendDocumentAsync(chatId, document, caption, markup, language, ct));
        }

        return steps;
    }

    private async Task<Message?> SendTextAsync(long chatId, string text, ReplyMarkup? markup, CancellationToken cancellationToken)
    {
        return await api.Client.SendMessage(chatId, TelegramText.EscapeHtml(text), ParseMode.Html, replyMarkup: markup, cancellationToken: cancellationToken);
    }

    private async Task<Message?> SendDocumentAsync(long chatId, DocumentRef document, string? caption, ReplyMarkup? markup, Language language, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (document.SizeBytes > MaxUploadBytes)
        {
            return await SendTextAsync(chatId, TooLargeText(scope.ServiceProvider, document, language), markup, cancellationToken);
        }

        var store = scope.ServiceProvider.GetService<IDocumentStore>();
        if (store is null)
        {
            LogDocumentFailed(logger, document.DeliveryId, "no document store is registered");
            return await SendTextAsync(chatId, TelegramTexts.DocumentUnavailable.In(language, document.FileName), markup, cancellationToken);
        }

        // Stamping a large PDF takes a moment; the user sees "sending a file…" meanwhile.
        await api.Client.SendChatAction(chatId, ChatAction.UploadDocument, cancellationToken: cancellationToken);
        var opened = await store.OpenAsync(document.DeliveryId, cancellationToken);
        if (!opened.Succeeded)
        {
            LogDocumentFailed(logger, document.DeliveryId, opened.Error ?? "unknown");
            return await SendTextAsync(chatId, TelegramTexts.DocumentUnavailable.In(language, document.FileName), markup, cancellationToken);
        }

        await using var content = opened.Content!;
        if (opened.Length > MaxUploadBytes)
        {
            return await SendTextAsync(chatId, TooLargeText(scope.ServiceProvider, document, language), markup, cancellationToken);
        }

        var fileName = string.IsNullOrWhiteSpace(opened.FileName) ? document.FileName : opened.FileName;
        return await api.Client.SendDocument(
            chatId,
            InputFile.FromStream(content, fileName),
            caption: caption is null ? null : TelegramText.EscapeHtml(caption),
            parseMode: ParseMode.Html,
            replyMarkup: markup,
            cancellationToken: cancellationToken);
    }

    /// <summary>Above Telegram's upload limit: a signed link when the host can make one, else an apology.</summary>
    private static string TooLargeText(IServiceProvider services, DocumentRef document, Language language) =>
        services.GetService<IDocumentLinks>() is { } links
            ? TelegramTexts.DocumentTooLarge.In(language, document.FileName, links.CreateAbsoluteUrl(document))
            : TelegramTexts.DocumentTooLargeNoLink.In(language, document.FileName);

    private bool TryChatId(OutboxMessage row, bool userChat, out long chatId)
    {
        if (long.TryParse(row.Recipient, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out chatId))
        {
            return true;
        }

        // Staff posts may leave the recipient to configuration.
        if (!userChat && options.Value.StaffChatId is { } staff)
        {
            chatId = staff;
            return true;
        }

        return false;
    }

    private async Task<(bool Blocked, Language Language)> LoadConversationAsync(OutboxMessage row, bool userChat, CancellationToken cancellationToken)
    {
        if (!userChat)
        {
            return (false, Language.Id);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var record = await s_blockedAndState.For(db)(db, row.ConversationId);
        return record is null ? (false, Language.Id) : (record.Blocked, ReadLanguage(db.StoredText.Open("conversations", nameof(ConversationRecord.State), row.ConversationId, record.State)!));
    }

    // Runs before every send: compiled once, and only the two columns it needs.
    private static readonly PerProvider<Func<BotDbContext, string, Task<BlockedAndState?>>> s_blockedAndState = new(() => EF.CompileAsyncQuery(
        (BotDbContext db, string id) => db.Conversations.AsNoTracking().Where(c => c.Id == id).Select(c => new BlockedAndState(c.Blocked, c.State)).FirstOrDefault()));

    private sealed record BlockedAndState(bool Blocked, string State);

    /// <summary>The conversation's language from its stored state, without reading the whole state.</summary>
    private static Language ReadLanguage(string state)
    {
        if (string.IsNullOrEmpty(state))
        {
            return Language.Id;
        }

        using var json = System.Text.Json.JsonDocument.Parse(state);
        return json.RootElement.TryGetProperty("language", out var value) && Enum.TryParse<Language>(value.GetString(), ignoreCase: true, out var language)
            ? language
            : Language.Id;
    }

    private async Task MarkBlockedAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        await db.Conversations.Where(c => c.Id == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Blocked, true), cancellationToken);
    }

    /// <summary>A row the dispatcher gave up on never comes back here; its progress is dropped after a while.</summary>
    private void ForgetStaleProgress()
    {
        if (_progress.Count < 1000)
        {
            return;
        }

        var cutoff = Environment.TickCount64 - (long)TimeSpan.FromHours(1).TotalMilliseconds;
        foreach (var (id, _) in _progress.Where(p => p.Value.Touched < cutoff).ToList())
        {
            _progress.TryRemove(id, out _);
        }
    }

    private sealed class Progress
    {
        public int Done;
        public int? FirstMessageId;
        public long Touched;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram asked to slow down (429) for outbox row {OutboxId}; its chat waits {Seconds} s.")]
    private static partial void LogTooManyRequests(ILogger logger, long outboxId, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram refused outbox row {OutboxId} (403): {Reason}.")]
    private static partial void LogForbidden(ILogger logger, long outboxId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document for delivery {DeliveryId} could not be sent as a file: {Reason}.")]
    private static partial void LogDocumentFailed(ILogger logger, string deliveryId, string reason);
}
