using Bot.Host.Messaging;
using Bot.Host.Messaging.Inbox;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Host.Channels.Telegram;

/// <summary>What became of one update.</summary>
internal enum IntakeOutcome
{
    Stored,
    Duplicate,
    Ignored,
}

/// <summary>
/// The one path for updates from the webhook and from long polling: map, store in the inbox,
/// then answer the callback query. Scoped (it uses the request's or the poll's database context).
/// </summary>
internal sealed partial class TelegramUpdateIntake(
    InboxWriter inbox,
    TelegramCallbackAnswerer answerer,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    ILogger<TelegramUpdateIntake> logger)
{
    public async Task<IntakeOutcome> AcceptAsync(Update update, CancellationToken cancellationToken)
    {
        var mapped = TelegramUpdateMapper.Map(update, options.Value.StaffChatId, clock.GetUtcNow());
        var outcome = IntakeOutcome.Ignored;
        if (mapped.Inbound is { } inbound)
        {
            var stored = await inbox.WriteAsync(inbound, cancellationToken: cancellationToken);
            // (Storing it also clears the conversation's Blocked flag: writing again means the
            // user unblocked the bot.)
            outcome = stored.Duplicate ? IntakeOutcome.Duplicate : IntakeOutcome.Stored;
        }
        else
        {
            LogIgnored(logger, update.Id, mapped.IgnoredBecause ?? "");
        }

        // A repeated update was answered the first time: once per query.
        if (mapped.CallbackQueryId is { } queryId && outcome != IntakeOutcome.Duplicate)
        {
            answerer.AnswerInBackground(queryId);
        }

        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram update {UpdateId} ignored: {Reason}.")]
    private static partial void LogIgnored(ILogger logger, int updateId, string reason);
}
