using Bot.Host.Messaging;
using Bot.Host.Storage;
using Microsoft.EntityFrameworkCore;
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
    BotDbContext db,
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
            outcome = stored.Duplicate ? IntakeOutcome.Duplicate : IntakeOutcome.Stored;
            if (!stored.Duplicate && inbound.Channel == ChannelNames.Telegram)
            {
                // Writing again means the user unblocked the bot.
                var id = ConversationRecord.MakeId(inbound.Channel, inbound.ConversationKey);
                await db.Conversations.Where(c => c.Id == id && c.Blocked)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Blocked, false), cancellationToken);
            }
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
